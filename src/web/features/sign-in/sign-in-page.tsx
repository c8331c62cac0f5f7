import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/session.ts';
import { useSetupStatus } from '../../api/setup-status.ts';
import { CenteredLayout } from '../../components/centered-layout.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { SignInForm } from './sign-in-form.tsx';
import { safeNextPath } from './safe-next-path.ts';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const setup = useSetupStatus();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));

  if (session.isPending) return <PageLoading />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <CenteredLayout>
      <div className="card auth-card">
        <div className="auth-card-header">
          <h1>Sign in</h1>
          <p className="text-secondary">
            {setup.data?.orgName ? `to ${setup.data.orgName} on Coachboard` : 'to your Coachboard'}
          </p>
        </div>
        <SignInForm />
      </div>
      <p className="auth-footnote">
        No account yet? Your Coachboard administrator creates accounts from the Users page.
      </p>
    </CenteredLayout>
  );
}
