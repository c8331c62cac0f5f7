import type { StageRow } from '../../../contract/analytics.ts';
import type { FunnelRow } from '../../components/charts/funnel-chart.tsx';

/** The API's stage rows, in process order, as rows of the funnel chart. */
export function toFunnelRows(stages: readonly StageRow[]): FunnelRow[] {
  return [...stages].sort((a, b) => a.ord - b.ord).map((stage) => ({
    transition: stage.transition,
    value: stage.conversion.value,
    sample: stage.conversion.sample,
    lowConfidence: stage.conversion.lowConfidence,
    benchmark: stage.benchmark,
  }));
}

/** "Benchmark: the reps' median, or a target set by an admin" in words for the chart's legend. */
export function benchmarkLabel(stages: readonly StageRow[]): string {
  const bases = new Set(stages.map((stage) => stage.benchmarkBasis).filter((basis) => basis !== null));
  if (bases.size === 1 && bases.has('target')) return 'Org target';
  if (bases.size === 1 && bases.has('median')) return 'Org benchmark (median rep)';
  return 'Org benchmark';
}
