// No activity logged on the deal in the last N days (default 14): the last activity, or
// the deal's start when it never had one, is N or more days before the as-of date.
import { daySpan } from './day-span.ts';
import type { IsoDate } from '../crm/records.ts';
import type { OpenDeal } from './open-deal.ts';
import { dayCount, type StallSignal } from './stall-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

export function noActivitySignal(deal: OpenDeal, asOf: IsoDate, thresholds: StageThresholds): StallSignal | null {
  const limit = thresholds.inactiveDays;
  if (deal.lastActivityOn !== null) {
    const idle = daySpan(deal.lastActivityOn, asOf);
    if (idle < limit) return null;
    return { code: 'no_activity', text: `No activity on this deal for ${dayCount(idle)} (last on ${deal.lastActivityOn}); the limit is ${dayCount(limit)}` };
  }
  if (deal.startedOn === null) return { code: 'no_activity', text: 'No activity has ever been logged on this deal' };
  const age = daySpan(deal.startedOn, asOf);
  if (age < limit) return null;
  return { code: 'no_activity', text: `No activity logged on this deal in the ${dayCount(age)} since it started (${deal.startedOn}); the limit is ${dayCount(limit)}` };
}
