// A rep's process score and process-vs-outcome quadrant (SPEC §4.5): stage conversions with
// a full sample, activity volume, and each behaviour's latest rating (≥ 3 of 4 is good).
import { classifyQuadrant, processScore, type QuadrantResult } from './classify-quadrant.ts';
import type { RepAnalysis } from './analyse-reps.ts';

export type LatestRating = { behaviourId: number; rating: number };

export type RepProcess = QuadrantResult & {
  processScore: number | null;
  /** How many measures the score is over, and how many are at or above benchmark. */
  measures: number;
  measuresMet: number;
};

const RAMPING_ADVICE = 'Ramping: too early to judge results; coach the basics of the process.';

/** A ramping rep is not judged on outcome yet (SPEC §4.3), so gets no quadrant. */
export function repProcess(rep: Pick<RepAnalysis, 'stages' | 'activity' | 'attainment' | 'segment'>, ratings: readonly LatestRating[]): RepProcess {
  const measures = [
    ...rep.stages.map((s) => ({ atOrAboveBenchmark: s.atOrAboveBenchmark })),
    { atOrAboveBenchmark: rep.activity?.atOrAboveBenchmark ?? null },
    ...ratings.map((r) => ({ atOrAboveBenchmark: r.rating >= 3 })),
  ];
  const known = measures.filter((m) => m.atOrAboveBenchmark !== null);
  const score = processScore(measures);
  const ramping = rep.segment.segment === 'ramping';
  return {
    ...(ramping ? { quadrant: null, advice: RAMPING_ADVICE } : classifyQuadrant({ processScore: score, attainment: rep.attainment.value })),
    processScore: score,
    measures: known.length,
    measuresMet: known.filter((m) => m.atOrAboveBenchmark).length,
  };
}
