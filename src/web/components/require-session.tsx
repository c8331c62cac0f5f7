import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session.ts';
import { AppShell } from './app-shell.tsx';
import { PageLoading } from './page-loading.tsx';
import { StartupError } from './startup-error.tsx';

/** Signed-in pages: sends visitors to sign in, and back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) return <StartupError error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data === null) {
    const here = location.pathname + location.search;
    const target = here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
    return <Navigate to={target} replace />;
  }
  return <AppShell user={session.data.user} />;
}
