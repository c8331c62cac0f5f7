import type { RepDetailResponse } from '../../../contract/analytics.ts';
import { Alert } from '../../components/alert.tsx';
import { FunnelChart } from '../../components/charts/funnel-chart.tsx';
import { FocusCard } from './focus-card.tsx';
import { benchmarkLabel, toFunnelRows } from './funnel-rows.ts';

/** The rep's funnel against the benchmark and the ranked gaps; or why there are none. */
export function RepStages({ detail }: { detail: RepDetailResponse }) {
  const { rep } = detail;
  if (detail.stageReason !== null) {
    return (
      <Alert tone="info" title="Stage conversion and coaching focus are not available">
        {detail.stageReason[0]?.toUpperCase()}{detail.stageReason.slice(1)}. Without the dates each deal entered each stage,
        Coachboard cannot tell where in the process deals are lost; the figures above still hold.
      </Alert>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="rep-funnel-title">
        <div className="card-header">
          <div>
            <h2 id="rep-funnel-title">Stage conversion</h2>
            <p>Share of the deals reaching each stage in the window that moved on to the next, against the benchmark.</p>
          </div>
        </div>
        <div className="card-body">
          <FunnelChart title={`Stage conversion: ${rep.name} against the benchmark`} rows={toFunnelRows(rep.stages)}
            seriesLabel={rep.name} benchmarkLabel={benchmarkLabel(rep.stages)} />
        </div>
      </section>
      <section aria-labelledby="focus-title" className="stack">
        <div className="section-header">
          <h2 id="focus-title">Coaching focus</h2>
          <p>Gaps to benchmark, ranked by revenue: deals entered × the gap × the rep&apos;s win rate from the next stage × their average won deal. Small samples are left out.</p>
        </div>
        {detail.focuses.length === 0 ? (
          <div className="card card-body">
            <p className="text-secondary">No gap to coach: at every stage with enough deals, {rep.name} converts at or above the benchmark.</p>
          </div>
        ) : (
          <ol className="focus-list">
            {detail.focuses.map((focus, index) => <FocusCard key={focus.ord} focus={focus} rank={index + 1} />)}
          </ol>
        )}
      </section>
    </>
  );
}
