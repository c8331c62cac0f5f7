// Whole-day arithmetic on 'YYYY-MM-DD' strings in UTC, so analytics never depends on the
// local time zone or the clock (SPEC §1 "As-of date"). Date.UTC is pure arithmetic here.
// The demo generator and stall detection use the day arithmetic here too (dayFromCivil).
import type { IsoDate } from '../crm/records.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01; throws on anything that is not a real calendar date (a bug). */
export function dayNumberOf(iso: IsoDate): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new Error(`no such date: ${iso}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isoDateOf(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

export type CivilDate = { year: number; month: number; day: number };

/** Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
