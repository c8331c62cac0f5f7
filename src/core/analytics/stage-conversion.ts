// Stage-to-stage conversion per rep, its benchmark, and the gaps it opens (SPEC §4.2, §4.4;
// docs/analytics.md). Stages are the org's open stages in order, `ord` 1..n.
import { median } from './median.ts';
import { rankGaps, type RankedGap, type StageGap } from './gap-impact.ts';
import { DEFAULT_MIN_SAMPLE, rate, type Rate } from './rate.ts';
import type { StageStats } from './window-stats.ts';

export type OpenStage = { ord: number; stageId: number; key: string; name: string };

export type StageRow = {
  ord: number;
  key: string;
  name: string;
  /** The transition this row measures, e.g. 'Discover → Teach'; the last goes to Won. */
  transition: string;
  cohort: number;
  conversion: Rate;
  /** From reaching this stage to won, by the as-of date. */
  toWon: Rate;
  benchmark: number | null;
  benchmarkBasis: 'target' | 'median' | null;
  /** At or above benchmark; null when the sample is small or there is no benchmark. */
  atOrAboveBenchmark: boolean | null;
};

export type StageBenchmark = { ord: number; value: number | null; basis: 'target' | 'median' | null; reps: number };

/** Median conversion of the reps with a full sample at the stage, unless a target is set. */
export function stageBenchmarks(
  stages: readonly OpenStage[],
  stats: readonly StageStats[],
  targets: ReadonlyMap<string, number>,
  minSample = DEFAULT_MIN_SAMPLE,
): StageBenchmark[] {
  return stages.map((stage) => {
    const rates = stats.filter((s) => s.stageOrd === stage.ord && s.cohort >= minSample).map((s) => s.converted / s.cohort);
    const target = targets.get(`stage_conversion:${stage.key}`);
    if (target !== undefined) return { ord: stage.ord, value: target, basis: 'target', reps: rates.length };
    if (rates.length === 0) return { ord: stage.ord, value: null, basis: null, reps: 0 };
    return { ord: stage.ord, value: median(rates), basis: 'median', reps: rates.length };
  });
}

/** One rep's (or team's) rows, one per open stage; `stats` are that rep's rows only. */
export function stageRows(
  stages: readonly OpenStage[],
  stats: readonly Pick<StageStats, 'stageOrd' | 'cohort' | 'converted' | 'won'>[],
  benchmarks: readonly StageBenchmark[],
  minSample = DEFAULT_MIN_SAMPLE,
): StageRow[] {
  const byOrd = new Map(stats.map((s) => [s.stageOrd, s]));
  return stages.map((stage, index) => {
    const s = byOrd.get(stage.ord) ?? { cohort: 0, converted: 0, won: 0 };
    const next = stages[index + 1];
    const conversion = rate(s.converted, s.cohort, minSample);
    const bench = benchmarks.find((b) => b.ord === stage.ord);
    const benchmark = bench?.value ?? null;
    return {
      ord: stage.ord, key: stage.key, name: stage.name,
      transition: `${stage.name} → ${next ? next.name : 'Won'}`,
      cohort: s.cohort, conversion, toWon: rate(s.won, s.cohort, minSample),
      benchmark, benchmarkBasis: bench?.basis ?? null,
      atOrAboveBenchmark: benchmark === null || conversion.value === null || conversion.lowConfidence
        ? null : conversion.value >= benchmark,
    };
  });
}

export type ConversionGap = RankedGap & { ord: number; transition: string };

/**
 * The rep's conversion gaps ranked by revenue impact: downstream is the conversion from the
 * NEXT stage to won (after the last open stage, the deal is won: 1).
 */
export function conversionGaps(rows: readonly StageRow[], avgDealSize: number | null, minSample = DEFAULT_MIN_SAMPLE): ConversionGap[] {
  const gaps: (StageGap & { ord: number; transition: string })[] = rows.map((row, index) => {
    const next = rows[index + 1];
    const downstream: Rate = next ? next.toWon : { value: 1, sample: row.cohort, lowConfidence: false };
    return {
      stage: row.key, ord: row.ord, transition: row.transition, enteredStage: row.cohort,
      repConversion: row.conversion, benchmarkConversion: row.benchmark,
      repDownstreamToWon: downstream, repAvgDealSize: avgDealSize,
    };
  });
  return rankGaps(gaps, minSample) as ConversionGap[];
}
