import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { ManagerWeeks, RepsWaiting } from './manager-weeks.tsx';
import { ManagersWeek } from './managers-week.tsx';
import { TimeReportForm } from './time-report-form.tsx';
import { useManagerAccountability } from './use-accountability.ts';
import './accountability.css';

/**
 * Is coaching happening (SPEC §4.9)? Leaders and admins see every manager's week, then one
 * manager's weeks; a manager sees their own weeks and reports where their time went.
 */
export function AccountabilityPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const raw = params.get('managerId') ?? '';
  const managerId = /^\d+$/.test(raw) ? Number(raw) : null;
  const isManager = user.role === 'manager';

  if (!isManager && managerId === null) {
    return (
      <>
        <PageHeader title="Accountability" description="Is coaching happening in every team, at the agreed rhythm, and do managers spend their time coaching? Flagged managers first." />
        <ManagersWeek />
      </>
    );
  }
  return <ManagerAccountability managerId={managerId} isSelf={isManager && (managerId === null || managerId === user.personId)} />;
}

function ManagerAccountability({ managerId, isSelf }: { managerId: number | null; isSelf: boolean }) {
  const data = useManagerAccountability(managerId);
  const name = data.data?.manager.name ?? 'Manager';
  return (
    <>
      <PageHeader
        title={isSelf ? 'My coaching week' : `Accountability: ${name}`}
        description={isSelf
          ? 'Are you coaching every rep, at the rhythm you set, and how much of your week goes to it? The target is 25–40 % of a 40-hour week.'
          : `Is ${name} coaching every rep, at the agreed rhythm, and how much of the week goes to it?`}
        actions={isSelf ? <Link className="button" to="/cadences">Cadences</Link> : <Link className="button" to="/accountability">← All managers</Link>}
      />
      {data.isPending && <div className="card"><TableSkeleton columns={6} rows={8} label="Loading the weeks…" /></div>}
      {data.isError && <QueryError error={data.error} onRetry={() => void data.refetch()} what="the accountability figures" />}
      {data.data && (
        <div className="stack-lg" aria-busy={data.isPlaceholderData}>
          <ManagerWeeks data={data.data} />
          <div className="accountability-split">
            <TimeReportForm managerId={managerId} weeks={data.data.weeks} isSelf={isSelf} managerName={name} />
            <RepsWaiting data={data.data} isSelf={isSelf} />
          </div>
        </div>
      )}
    </>
  );
}
