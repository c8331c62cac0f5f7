// Revenue impact of a stage-conversion gap, and the ranking of gaps (SPEC §4.4).
import { DEFAULT_MIN_SAMPLE, type Rate } from './rate.ts';

export type GapImpactInput = {
  enteredStage: number | null;
  repConversion: number | null;
  benchmarkConversion: number | null;
  repDownstreamToWon: number | null;
  repAvgDealSize: number | null;
};

/**
 * entered × (benchmark − rep conversion) × rep downstream-to-won × rep avg deal size (§4.4).
 * 0 when the rep is at or above the benchmark (no gap, never a negative "gain");
 * null when any input is unknown. Out-of-range inputs are bugs and throw.
 */
export function gapRevenueImpact(input: GapImpactInput): number | null {
  const { enteredStage, repConversion, benchmarkConversion, repDownstreamToWon, repAvgDealSize } = input;
  if (enteredStage === null || repConversion === null || benchmarkConversion === null
    || repDownstreamToWon === null || repAvgDealSize === null) return null;
  assertRange(enteredStage, 0, Infinity, 'enteredStage');
  assertRange(repConversion, 0, 1, 'repConversion');
  assertRange(benchmarkConversion, 0, 1, 'benchmarkConversion');
  assertRange(repDownstreamToWon, 0, 1, 'repDownstreamToWon');
  assertRange(repAvgDealSize, 0, Infinity, 'repAvgDealSize');
  if (repConversion >= benchmarkConversion) return 0;
  return enteredStage * (benchmarkConversion - repConversion) * repDownstreamToWon * repAvgDealSize;
}

export type StageGap = {
  /** Which stage transition, e.g. 'discovery->solution'; carried through untouched. */
  stage: string;
  enteredStage: number;
  repConversion: Rate;
  benchmarkConversion: number | null;
  repDownstreamToWon: Rate;
  repAvgDealSize: number | null;
};

export type RankedGap = StageGap & { impact: number };

/**
 * Gaps worth coaching, largest revenue impact first. Dropped: a sample (deals entering the
 * stage) under minSample or a low-confidence rate, since a small sample never drives a
 * recommendation (§4.2); an unknown impact; and zero impact (at or above benchmark, or
 * nothing downstream), which is not a gap. Equal impacts keep their input order.
 */
export function rankGaps(gaps: readonly StageGap[], minSample = DEFAULT_MIN_SAMPLE): RankedGap[] {
  const ranked: RankedGap[] = [];
  for (const gap of gaps) {
    if (gap.enteredStage < minSample || gap.repConversion.lowConfidence || gap.repDownstreamToWon.lowConfidence) continue;
    const impact = gapRevenueImpact({
      enteredStage: gap.enteredStage,
      repConversion: gap.repConversion.value,
      benchmarkConversion: gap.benchmarkConversion,
      repDownstreamToWon: gap.repDownstreamToWon.value,
      repAvgDealSize: gap.repAvgDealSize,
    });
    if (impact !== null && impact > 0) ranked.push({ ...gap, impact });
  }
  return ranked.sort((a, b) => b.impact - a.impact);
}

function assertRange(value: number, min: number, max: number, name: string): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be within ${min}..${max}, got ${value}`);
  }
}
