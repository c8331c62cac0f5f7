import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatDate } from '../../components/format-date.ts';
import { AnalysisWindow } from './analysis-window.tsx';
import { AnalyticsSkeleton } from './analytics-skeleton.tsx';
import { KpiTiles } from './kpi-tiles.tsx';
import { kpiTiles } from './kpi-tiles-model.ts';
import { RepProfile } from './rep-profile.tsx';
import { RepSessions } from './rep-sessions.tsx';
import { RepStages } from './rep-stages.tsx';
import { RepTrend } from './rep-trend.tsx';
import { useRepDetail } from './use-analytics.ts';

/** One rep in depth: segment and quadrant, KPIs with their samples, funnel, trend and coaching focus. */
export function RepPage() {
  const { id = '' } = useParams();
  const repId = /^\d+$/.test(id) ? Number(id) : 0;
  const detail = useRepDetail(repId);

  if (repId === 0 || (detail.isError && isApiError(detail.error) && detail.error.status === 404)) {
    return (
      <>
        <PageHeader title="Rep not found" description="This rep does not exist, is no longer active, or is outside your team." />
        <div className="card">
          <EmptyState title="No such rep in your view" actions={<Link className="button" to="/this-week">Go to This week</Link>}>
            Reps you may see are listed on the Team page and in This week.
          </EmptyState>
        </div>
      </>
    );
  }
  if (detail.isPending) {
    return (
      <>
        <PageHeader title="Rep" description="Loading the rep's figures…" />
        <AnalyticsSkeleton label="Loading the rep's figures…" cards={4} />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Rep" description="One rep in depth." />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} what="this rep" />
      </>
    );
  }

  const data = detail.data;
  const { rep } = data;
  const team = rep.managerName !== null ? `Rep in ${rep.managerName}'s team` : 'Rep';
  return (
    <>
      <PageHeader
        title={rep.name}
        description={`${team}${rep.hiredAt !== null ? ` · hired ${formatDate(rep.hiredAt)}` : ''}`}
        actions={<Link className="button" to={`/deals?owner=${rep.id}`}>See {rep.name.split(' ')[0]}&apos;s deals</Link>}
      />
      <AnalysisWindow asOf={data.asOf} windowDays={data.windowDays} window={data.window} />
      <RepProfile detail={data} />
      <section className="card" aria-labelledby="rep-kpis-title">
        <div className="card-header">
          <div>
            <h2 id="rep-kpis-title">Key figures</h2>
            <p>Each figure shows its sample (n). Greyed figures rest on fewer than 5 deals or calls: read them as a hint, not a verdict.</p>
          </div>
        </div>
        <div className="card-body">
          <KpiTiles tiles={kpiTiles(rep.kpis, { activityBenchmark: rep.activity?.benchmark ?? null })} />
        </div>
      </section>
      <RepSessions repId={rep.id} />
      <RepStages detail={data} />
      <RepTrend detail={data} />
    </>
  );
}
