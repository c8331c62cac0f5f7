// For a deal without stage history, where only its engage date is known: days since
// engage over the p80 of won cycles (engage to close of won deals) (SPEC §4.6).
import { daySpan } from './day-span.ts';
import type { IsoDate } from '../crm/records.ts';
import { sampleScope, type BenchmarkLookup } from './duration-benchmarks.ts';
import type { OpenDeal } from './open-deal.ts';
import { dayCount, wholeNumber, type StallSignal } from './stall-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

/** The key of the won-cycle samples (there is one set, not one per stage). */
export const WON_CYCLE_KEY = 0;

export function engageAgeSignal(
  deal: OpenDeal, asOf: IsoDate, thresholds: StageThresholds, wonCycles: BenchmarkLookup,
): StallSignal | null {
  if (deal.stageEnteredOn !== null || deal.engagedOn === null) return null;
  const age = daySpan(deal.engagedOn, asOf);
  if (thresholds.engageDaysMax !== null) {
    if (age <= thresholds.engageDaysMax) return null;
    return { code: 'age_since_engage', text: `Engaged ${dayCount(age)} ago; the limit set is ${dayCount(thresholds.engageDaysMax)} from engage` };
  }
  const benchmark = wonCycles(WON_CYCLE_KEY, deal.segment);
  if (benchmark === null || age <= benchmark.p80Days) return null;
  return {
    code: 'age_since_engage',
    text: `Engaged ${dayCount(age)} ago; won deals took up to ${dayCount(benchmark.p80Days)} from engage to close (p80 of ${wholeNumber(benchmark.deals)} won deals${sampleScope(benchmark)})`,
  };
}
