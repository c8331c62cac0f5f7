// The analysis window and the default as-of date (SPEC §3.1). Dates are parameters:
// the caller passes "today", nothing here reads the clock.
import type { IsoDate } from '../crm/records.ts';
import { dayNumberOf, isoDateOf } from './iso-day.ts';

export const DEFAULT_WINDOW_DAYS = 180;

export type AnalysisWindow = { from: IsoDate; to: IsoDate };

/** The N calendar days up to and including asOf: 2017-12-31 with 180 days → 2017-07-05..2017-12-31. */
export function analysisWindow(asOf: IsoDate, windowDays = DEFAULT_WINDOW_DAYS): AnalysisWindow {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new Error(`windowDays must be a positive integer, got ${windowDays}`);
  const to = dayNumberOf(asOf);
  return { from: isoDateOf(to - (windowDays - 1)), to: asOf };
}

/**
 * Today, unless all the data is older than a year: then the last date in the data, so that
 * a historical data set (e.g. Maven 2016–2017) is analysed where it has data (SPEC §3.1).
 * "Older than a year" means before the same calendar day one year earlier (29 Feb → 28 Feb);
 * data dated exactly one year ago still counts as recent. No data → today.
 */
export function defaultAsOf(today: IsoDate, latestDataDate: IsoDate | null): IsoDate {
  if (latestDataDate === null) return today;
  dayNumberOf(today); // validate
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastYear = `${String(year - 1).padStart(4, '0')}-${pad2(month)}-${pad2(month === 2 && day === 29 ? 28 : day)}`;
  return dayNumberOf(latestDataDate) < dayNumberOf(lastYear) ? latestDataDate : today;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
