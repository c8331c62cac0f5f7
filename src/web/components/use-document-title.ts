import { useEffect } from 'react';

/** Sets the browser tab title for the current route: "Deals · Coachboard". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Coachboard' : `${title} · Coachboard`;
  }, [title]);
}
