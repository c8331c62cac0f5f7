import type { CadencesResponse } from '../../../contract/cadence.ts';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { CadenceTable } from './cadence-table.tsx';
import { CalendarFeeds, type FeedPerson } from './calendar-feeds.tsx';
import { DealSessionForm } from './deal-session-form.tsx';
import { ChooseManagerCard, ManagerSelect, useManagerId } from './manager-select.tsx';
import { UpcomingSessions } from './upcoming-sessions.tsx';
import { useCadences } from './use-cadences.ts';
import './cadences.css';

/** A manager's coaching rhythm (SPEC §4.9): cadences, the sessions they plan, and calendar feeds. */
export function CadencesPage() {
  const user = useCurrentUser();
  const isManager = user.role === 'manager';
  const [managerId, setManager] = useManagerId();
  const needsPick = !isManager && managerId === null;
  const cadences = useCadences(managerId, !needsPick);

  return (
    <>
      <PageHeader
        title="Cadences"
        description="Coaching that recurs: a 1:1 with each rep and a team skill session, every week by default, lighter for stars. The rhythms plan the sessions and feed your calendar."
        actions={isManager ? undefined : <ManagerSelect managerId={managerId} onChange={setManager} />}
      />
      {needsPick && <ChooseManagerCard what="their cadences and planned sessions" />}
      {!needsPick && cadences.isPending && <div className="card"><TableSkeleton rows={6} columns={5} label="Loading the cadences…" /></div>}
      {cadences.isError && <QueryError error={cadences.error} onRetry={() => void cadences.refetch()} what="the cadences" />}
      {cadences.data && !needsPick && <CadencesView data={cadences.data} managerId={managerId} isSelf={isManager || cadences.data.manager.id === user.personId} />}
    </>
  );
}

function CadencesView({ data, managerId, isSelf }: { data: CadencesResponse; managerId: number | null; isSelf: boolean }) {
  const reps = new Map<number, string>();
  for (const c of data.cadences) if (c.repId !== null && c.repName !== null) reps.set(c.repId, c.repName);
  const repList = [...reps].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const people: FeedPerson[] = [
    { id: data.manager.id, name: data.manager.name, who: isSelf ? 'You' : 'Manager' },
    ...repList.map((r) => ({ ...r, who: 'Rep' })),
  ];
  if (data.cadences.length === 0) {
    return (
      <div className="card">
        <EmptyState title={`${data.manager.name} has no reps yet`}>
          A 1:1 rhythm appears for each rep once CRM data naming this manager is imported.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="stack-lg">
      <CadenceTable cadences={data.cadences} timeZone={data.timeZone} managerId={managerId} owner={isSelf ? 'Your' : `${data.manager.name}'s`} />
      <div className="cadence-split">
        <UpcomingSessions managerId={managerId} timeZone={data.timeZone} canPlan />
        {isSelf && repList.length > 0 && <DealSessionForm reps={repList} />}
      </div>
      <CalendarFeeds people={people} />
    </div>
  );
}
