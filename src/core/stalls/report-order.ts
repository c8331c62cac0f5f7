// The order of every stall report (docs/stalls.md "Which deals"): amount, largest first,
// unknown amounts last, then name, then external id (names repeat).
import type { OpenDeal } from './open-deal.ts';

const amountKey = (deal: OpenDeal): number => deal.amount ?? Number.NEGATIVE_INFINITY;

/** Negative when `a` comes before `b` in the report. */
export function compareInReportOrder(a: OpenDeal, b: OpenDeal): number {
  const x = amountKey(a);
  const y = amountKey(b);
  if (x !== y) return x > y ? -1 : 1;
  return compareText(a.name, b.name) || compareText(a.externalId, b.externalId);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
