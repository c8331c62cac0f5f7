// A manager's coaching week while it is still running (the This week strip and the
// Accountability page): a share under the 25–40 % band is said as "so far this week"
// (neutral) until the week's Friday is over, rather than flagged; every Monday would read
// "flagged" otherwise. A share already in or above the band is said as it is.
import type { WeekAdherence } from '../../contract/cadence.ts';

export const SO_FAR_LABEL = 'so far this week';

/** Whether the week starting `weekStart` (a Monday) is still running on `asOf` (on or before its Friday). */
export function isWeekRunning(weekStart: string, asOf: string): boolean {
  const friday = new Date(`${weekStart}T00:00:00Z`);
  friday.setUTCDate(friday.getUTCDate() + 4);
  return asOf >= weekStart && asOf <= friday.toISOString().slice(0, 10);
}

/** Whether a week's share is under the band while the week is still running. */
export function isShortSoFar(week: Pick<WeekAdherence, 'weekStart' | 'band'>, asOf: string): boolean {
  return (week.band === 'flag' || week.band === 'below') && isWeekRunning(week.weekStart, asOf);
}
