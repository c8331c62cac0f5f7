// The raw figures of an analysis window, as the database returns them (src/db/analytics/
// window-stats.ts): counts and sums per rep, or for a whole team or org (repId null).
import type { IsoDate } from '../crm/records.ts';
import { dayNumberOf } from './iso-day.ts';

export type ClosedStats = {
  repId: number | null;
  wonCount: number;
  lostCount: number;
  noDecisionCount: number;
  /** Sum of the known amounts; *Unknown counts the deals without one. */
  wonAmount: number;
  wonUnknown: number;
  closedAmount: number;
  closedUnknown: number;
  cycleDaysMedian: number | null;
  cycleSample: number;
  /** Won deals whose cycle started at the engage or first stage date (no create date). */
  cycleWithoutCreated: number;
  prevClosedCount: number;
  prevWonAmount: number;
  prevWonUnknown: number;
};

export type OpenStats = { repId: number | null; openCount: number; openAmount: number; openUnknown: number };
export type ActivityStats = { repId: number; type: string; count: number; connectKnown: number; connected: number };
export type QuotaRow = { repId: number; periodStart: IsoDate; periodEnd: IsoDate; amount: number };
export type StageStats = { repId: number | null; stageOrd: number; cohort: number; converted: number; won: number };

export const EMPTY_CLOSED: Omit<ClosedStats, 'repId'> = {
  wonCount: 0, lostCount: 0, noDecisionCount: 0, wonAmount: 0, wonUnknown: 0, closedAmount: 0, closedUnknown: 0,
  cycleDaysMedian: null, cycleSample: 0, cycleWithoutCreated: 0, prevClosedCount: 0, prevWonAmount: 0, prevWonUnknown: 0,
};
export const EMPTY_OPEN: Omit<OpenStats, 'repId'> = { openCount: 0, openAmount: 0, openUnknown: 0 };

/**
 * The quota for a window: each quota period counts in proportion to the days it shares
 * with the window (both ends inclusive). Null when no period overlaps the window.
 */
export function windowQuota(rows: readonly Pick<QuotaRow, 'periodStart' | 'periodEnd' | 'amount'>[], from: IsoDate, to: IsoDate): number | null {
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  let total: number | null = null;
  for (const row of rows) {
    const pStart = dayNumberOf(row.periodStart);
    const pEnd = dayNumberOf(row.periodEnd);
    if (pEnd < pStart) continue;
    const overlap = Math.min(end, pEnd) - Math.max(start, pStart) + 1;
    if (overlap <= 0) continue;
    total = (total ?? 0) + row.amount * (overlap / (pEnd - pStart + 1));
  }
  return total;
}
