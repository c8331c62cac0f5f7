import { Navigate, Outlet, useLocation } from 'react-router';
import { useSetupStatus } from '../api/setup-status.ts';
import { PageLoading } from './page-loading.tsx';
import { StartupError } from './startup-error.tsx';

/** Until the first admin exists, every route leads to /setup. */
export function SetupGate() {
  const status = useSetupStatus();
  const { pathname } = useLocation();
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <StartupError error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.needsSetup && pathname !== '/setup') return <Navigate to="/setup" replace />;
  return <Outlet />;
}
