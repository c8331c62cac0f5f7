import type { TeamResponse } from '../../../contract/analytics.ts';
import { Alert } from '../../components/alert.tsx';
import { FunnelChart } from '../../components/charts/funnel-chart.tsx';
import { AnalysisWindow } from './analysis-window.tsx';
import { plural } from './analytics-labels.ts';
import { benchmarkLabel, toFunnelRows } from './funnel-rows.ts';
import { KpiTiles } from './kpi-tiles.tsx';
import { kpiTiles } from './kpi-tiles-model.ts';
import { QuadrantGrid } from './quadrant-grid.tsx';
import { SegmentDistribution } from './segment-distribution.tsx';

type Props = { team: TeamResponse; seriesLabel: string };

/** What the Team and Org pages share: KPIs, segments, quadrants and the funnel. */
export function TeamOverview({ team, seriesLabel }: Props) {
  const scopeName = team.scope.kind === 'org' ? 'whole organisation' : `${team.scope.name}'s team`;
  return (
    <>
      <AnalysisWindow asOf={team.asOf} windowDays={team.windowDays} window={team.window} />
      <section className="card" aria-labelledby="team-kpis-title">
        <div className="card-header">
          <div>
            <h2 id="team-kpis-title">Key figures</h2>
            <p>All deals of the {plural(team.repCount, 'rep')} in {team.scope.kind === 'org' ? 'the organisation' : scopeName}. Each figure shows its sample (n).</p>
          </div>
        </div>
        <div className="card-body"><KpiTiles tiles={kpiTiles(team.kpis)} /></div>
      </section>
      <div className="analytics-split">
        <SegmentDistribution distribution={team.distribution} scopeName={scopeName} />
        <QuadrantGrid distribution={team.distribution} reps={team.scope.kind === 'team' ? team.reps : undefined} />
      </div>
      {team.stageReason !== null ? (
        <Alert tone="info" title="Stage conversion is not available">
          {team.stageReason[0]?.toUpperCase()}{team.stageReason.slice(1)}: the funnel needs the dates each deal entered each stage.
        </Alert>
      ) : (
        <section className="card" aria-labelledby="team-funnel-title">
          <div className="card-header">
            <div>
              <h2 id="team-funnel-title">Stage conversion</h2>
              <p>Share of the deals reaching each stage in the window that moved on to the next, against the benchmark.</p>
            </div>
          </div>
          <div className="card-body">
            <FunnelChart title={`Stage conversion: ${scopeName} against the benchmark`} rows={toFunnelRows(team.funnel)}
              seriesLabel={seriesLabel} benchmarkLabel={benchmarkLabel(team.funnel)} />
          </div>
        </section>
      )}
    </>
  );
}
