import type { ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title.ts';

type Props = { title: string; description: string; actions?: ReactNode };

/** The title block at the top of every signed-in page; also sets the tab title. */
export function PageHeader({ title, description, actions }: Props) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1>{title}</h1>
        <p className="page-header-description">{description}</p>
      </div>
      {actions !== undefined && <div className="page-header-actions">{actions}</div>}
    </header>
  );
}
