import { CenteredLayout } from './centered-layout.tsx';
import { QueryError } from './query-error.tsx';
import { useDocumentTitle } from './use-document-title.ts';

/** Shown when the app cannot learn its own state (server down, proxy error). */
export function StartupError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  useDocumentTitle('Cannot connect');
  return (
    <CenteredLayout width="32rem">
      <div className="card card-body stack">
        <h1>Cannot reach the Coachboard server</h1>
        <QueryError error={error} onRetry={onRetry} what="the server status" />
      </div>
    </CenteredLayout>
  );
}
