import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { AnalyticsSkeleton } from './analytics-skeleton.tsx';
import { ChooseManager } from './choose-manager.tsx';
import { ManagerPicker } from './manager-picker.tsx';
import { TeamOverview } from './team-overview.tsx';
import { TeamRepsTable } from './team-reps-table.tsx';
import { useTeam } from './use-analytics.ts';
import { useManagerParam } from './use-manager-param.ts';

/** A manager's team: KPIs, segments, quadrants, funnel and every rep. */
export function TeamPage() {
  const user = useCurrentUser();
  const isManager = user.role === 'manager';
  const [managerId, setManager] = useManagerParam();
  const needsPick = !isManager && managerId === null;
  const team = useTeam(managerId, !needsPick);
  const data = needsPick ? undefined : team.data;
  const title = isManager ? 'Your team' : data ? `${data.scope.name}'s team` : 'Team';

  return (
    <>
      <PageHeader
        title={title}
        description="How the team is doing over the window: figures with their samples, where reps sit, and where deals stall in the process."
        actions={isManager ? undefined : <ManagerPicker managerId={managerId} onChange={setManager} />}
      />
      {needsPick && <ChooseManager what="their team" />}
      {!needsPick && team.isPending && <AnalyticsSkeleton label="Loading the team's figures…" cards={4} />}
      {team.isError && <QueryError error={team.error} onRetry={() => void team.refetch()} what="the team" />}
      {data && data.repCount === 0 && (
        <div className="card">
          <EmptyState title="No reps in this team yet">
            Reps appear once CRM data naming their manager is imported (an administrator does this under Imports), or once the demo organisation is loaded.
          </EmptyState>
        </div>
      )}
      {data && data.repCount > 0 && (
        <div className="stack-lg" aria-busy={team.isPlaceholderData} data-busy={team.isPlaceholderData}>
          <TeamOverview team={data} seriesLabel="Team" />
          <section className="card card-flush analytics-table-card" aria-labelledby="team-reps-title">
            <div className="card-header">
              <div>
                <h2 id="team-reps-title">Reps</h2>
                <p>Open a rep for their funnel, trend and coaching focus.</p>
              </div>
            </div>
            <TeamRepsTable reps={data.reps} />
          </section>
        </div>
      )}
    </>
  );
}
