// Days in the current stage over the p80 of the days-in-stage of deals that left that
// stage (SPEC §4.6), or over the stage's fixed limit when an admin set one.
import { daySpan } from './day-span.ts';
import type { IsoDate } from '../crm/records.ts';
import { sampleScope, type BenchmarkLookup } from './duration-benchmarks.ts';
import type { OpenDeal } from './open-deal.ts';
import { dayCount, wholeNumber, type StallSignal } from './stall-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

export function daysInStageSignal(
  deal: OpenDeal, asOf: IsoDate, thresholds: StageThresholds, stageDays: BenchmarkLookup,
): StallSignal | null {
  if (deal.stageEnteredOn === null || deal.stageId === null) return null;
  const days = daySpan(deal.stageEnteredOn, asOf);
  const stage = deal.stageName ?? 'this stage';
  if (thresholds.daysInStageMax !== null) {
    if (days <= thresholds.daysInStageMax) return null;
    return { code: 'days_in_stage', text: `${dayCount(days)} in ${stage}; the limit set for ${stage} is ${dayCount(thresholds.daysInStageMax)}` };
  }
  const benchmark = stageDays(deal.stageId, deal.segment);
  if (benchmark === null || days <= benchmark.p80Days) return null;
  return {
    code: 'days_in_stage',
    text: `${dayCount(days)} in ${stage}; deals that left ${stage} took up to ${dayCount(benchmark.p80Days)} (p80 of ${wholeNumber(benchmark.deals)} deals${sampleScope(benchmark)})`,
  };
}
