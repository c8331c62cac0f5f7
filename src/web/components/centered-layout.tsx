import type { ReactNode } from 'react';

/** Layout for pages outside the app shell (sign-in, setup, start-up errors). */
export function CenteredLayout({ children, width = '26rem' }: { children: ReactNode; width?: string }) {
  return (
    <div className="center-page">
      <header className="center-page-brand">
        <span className="brand-mark" aria-hidden="true">C</span>
        <span className="brand-name">Coachboard</span>
      </header>
      <main className="center-page-main" style={{ width: '100%', maxWidth: width }}>
        {children}
      </main>
    </div>
  );
}
