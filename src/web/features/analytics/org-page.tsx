import { Link } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { AnalyticsSkeleton } from './analytics-skeleton.tsx';
import { OrgTeamsTable } from './org-teams-table.tsx';
import { TeamOverview } from './team-overview.tsx';
import { useTeam } from './use-analytics.ts';

/** The whole organisation for leaders and admins: KPIs, segments, quadrants, funnel and every team. */
export function OrgPage() {
  const user = useCurrentUser();
  const org = useTeam(null);
  const data = org.data;
  return (
    <>
      <PageHeader
        title="Organisation"
        description="Every team over the window: figures with their samples, where reps sit, where deals stall, and how the teams compare."
      />
      {org.isPending && <AnalyticsSkeleton label="Loading the organisation's figures…" cards={4} />}
      {org.isError && <QueryError error={org.error} onRetry={() => void org.refetch()} what="the organisation" />}
      {data && data.repCount === 0 && (
        <div className="card">
          <EmptyState title="No reps yet"
            actions={user.role === 'admin' ? <Link className="button button-primary" to="/imports">Import CRM data</Link> : undefined}>
            {user.role === 'admin'
              ? 'Import your CRM data under Imports, or load the demo organisation, and the figures appear here.'
              : 'The figures appear once an administrator imports CRM data or loads the demo organisation.'}
          </EmptyState>
        </div>
      )}
      {data && data.repCount > 0 && (
        <div className="stack-lg">
          <TeamOverview team={data} seriesLabel="Organisation" />
          <section className="card card-flush analytics-table-card" aria-labelledby="org-teams-title">
            <div className="card-header">
              <div>
                <h2 id="org-teams-title">Teams</h2>
                <p>One row per frontline manager. Open a team for its reps.</p>
              </div>
            </div>
            {data.teams.length === 0
              ? <p className="card-body text-secondary">No frontline managers with reps yet.</p>
              : <OrgTeamsTable teams={data.teams} />}
          </section>
        </div>
      )}
    </>
  );
}
