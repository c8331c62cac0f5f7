// The expected close date: pushed to a later date N or more times (default 2), or already
// in the past while the deal is still open (SPEC §4.6). Two codes, because an org may have
// close dates without their history (then only the second can be judged).
import { daySpan } from './day-span.ts';
import type { IsoDate } from '../crm/records.ts';
import type { OpenDeal } from './open-deal.ts';
import { dayCount, timesCount, type StallSignal } from './stall-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

export function closeDatePushedSignal(deal: OpenDeal, thresholds: StageThresholds): StallSignal | null {
  if (deal.closePushes < thresholds.closePushesMin) return null;
  const now = deal.expectedCloseOn === null ? '' : `; it is now ${deal.expectedCloseOn}`;
  return { code: 'close_date_pushed', text: `Close date pushed ${timesCount(deal.closePushes)}${now}` };
}

export function closeDatePastSignal(deal: OpenDeal, asOf: IsoDate): StallSignal | null {
  if (deal.expectedCloseOn === null || deal.expectedCloseOn >= asOf) return null;
  const ago = daySpan(deal.expectedCloseOn, asOf);
  return { code: 'close_date_past', text: `Expected close date ${deal.expectedCloseOn} passed ${dayCount(ago)} ago and the deal is still open` };
}
