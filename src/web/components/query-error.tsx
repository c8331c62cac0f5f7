import { Alert } from './alert.tsx';

type Props = { error: Error; onRetry?: () => void; what?: string };

/** The error shown in place of data a query could not load. */
export function QueryError({ error, onRetry, what = 'this page' }: Props) {
  return (
    <Alert
      tone="danger"
      live
      title={`Could not load ${what}`}
      action={onRetry && <button type="button" className="button button-sm" onClick={onRetry}>Try again</button>}
    >
      {error.message}
    </Alert>
  );
}
