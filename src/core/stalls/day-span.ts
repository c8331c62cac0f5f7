// Whole days between ISO dates, for hundreds of thousands of deals at once: each date is
// read digit by digit into a day number (days from civil, H. Hinnant's algorithm), without
// Date objects or a memo of strings (a Map lookup per date cost more than the arithmetic).
// Anything that is not a real 'YYYY-MM-DD' date goes to dayNumberOf, which says why it is not.
import { dayFromCivil, dayNumberOf } from '../analytics/iso-day.ts';
import type { IsoDate } from '../crm/records.ts';

const ZERO = 48;
const DASH = 45;

const digitsAt = (iso: string, start: number, count: number): number => {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = iso.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
};

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD' (same as dayNumberOf). */
export function dayOf(iso: IsoDate): number {
  const year = iso.length === 10 && iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH ? digitsAt(iso, 0, 4) : -1;
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]! + (month === 2 && isLeap(year) ? 1 : 0)) {
    return dayNumberOf(iso);
  }
  return dayFromCivil({ year, month, day });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daySpan = (from: IsoDate, to: IsoDate): number => dayOf(to) - dayOf(from);
