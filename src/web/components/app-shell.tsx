import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import type { CurrentUser } from '../../contract/api.ts';
import { SideNav } from './side-nav.tsx';

/** The signed-in frame: skip link, left navigation, and the page in <main>. */
export function AppShell({ user }: { user: CurrentUser }) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After client-side navigation, start screen readers and keyboards at the new page.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <SideNav user={user} />
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        <div className="main-inner">
          <Outlet />
        </div>
      </main>
      <ScrollRestoration />
    </div>
  );
}
