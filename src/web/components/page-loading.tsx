import { Spinner } from './spinner.tsx';

/** Full-area loading state while the app learns who the user is. */
export function PageLoading({ label = 'Loading Coachboard…' }: { label?: string }) {
  return (
    <div className="page-loading" role="status">
      <div className="page-loading-inner">
        <Spinner size="lg" />
        <span>{label}</span>
      </div>
    </div>
  );
}
