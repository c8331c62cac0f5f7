import { useRouteError } from 'react-router';
import { Alert } from './alert.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/** Last resort when a page throws while rendering: say so plainly and offer a reload. */
export function CrashPage() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <main className="center-page">
      <div className="card card-body stack" style={{ maxWidth: '32rem', width: '100%' }}>
        <h1>Something went wrong</h1>
        <Alert tone="danger" title="This page could not be shown.">{message}</Alert>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>Reload the page</button>
          <a className="button" href="/">Go to the start page</a>
        </div>
      </div>
    </main>
  );
}
