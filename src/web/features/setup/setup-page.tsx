import { useState } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../../api/session.ts';
import { useSetupStatus } from '../../api/setup-status.ts';
import { CenteredLayout } from '../../components/centered-layout.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ChooseDataStep } from './choose-data-step.tsx';
import { CreateAdminForm } from './create-admin-form.tsx';
import { SetupSteps, type SetupStep } from './setup-steps.tsx';

/**
 * First run. Step 1 creates the admin (only while the server needs setup); step 2 offers
 * demo data or an import, and stays available to an admin until the org has data.
 */
export function SetupPage() {
  const status = useSetupStatus();
  const session = useSession();
  const [pinned, setPinned] = useState<SetupStep | null>(null);
  useDocumentTitle(pinned === 'data' ? 'Add your data' : 'Set up Coachboard');

  if (status.isPending || session.isPending) return <PageLoading />;
  const isAdmin = session.data?.user.role === 'admin';
  const initial: SetupStep | null = status.data?.needsSetup
    ? 'account'
    : isAdmin && status.data?.hasData === false ? 'data' : null;
  const step = pinned ?? initial;
  // Keep the step once chosen: loading the demo changes the status, not the page.
  if (pinned === null && initial !== null) setPinned(initial);
  if (step === null) return <Navigate to="/" replace />;

  return (
    <CenteredLayout width="44rem">
      <div className="setup-intro">
        <SetupSteps current={step} />
        <h1>{step === 'account' ? 'Welcome to Coachboard' : 'Add your sales data'}</h1>
        <p className="text-secondary">
          {step === 'account'
            ? 'Coachboard turns your CRM data and your managers’ observations into a weekly coaching practice: who to coach, on what, and whether it works.'
            : 'Coachboard works from your CRM’s opportunities, people and activities. Start with a demo organisation, or import your own exports.'}
        </p>
      </div>
      {step === 'account' ? (
        <div className="card card-body">
          <CreateAdminForm onCreated={() => setPinned('data')} />
        </div>
      ) : (
        <ChooseDataStep />
      )}
    </CenteredLayout>
  );
}
