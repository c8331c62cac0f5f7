// Calendar arithmetic on whole days since 1970-01-01 (integers), so the generator can add,
// compare and snap dates cheaply and never touches the clock or the local time zone.
import { dayFromCivil, type CivilDate } from '../analytics/iso-day.ts';
import type { IsoDate, IsoDateTime } from '../crm/records.ts';

/** Inverse of dayFromCivil (Hinnant's civil_from_days). */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromIsoDate(iso: IsoDate): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const civil = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const dayNumber = dayFromCivil(civil);
  const back = civilFromDay(dayNumber);
  if (back.month !== civil.month || back.day !== civil.day) throw new Error(`no such date: ${iso}`);
  return dayNumber;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Formatting dominates the generator's run time at 600 reps; a memo keeps it pure and fast.
const isoDateCache = new Map<number, string>();

export function isoDateFromDay(dayNumber: number): IsoDate {
  let iso = isoDateCache.get(dayNumber);
  if (iso === undefined) {
    const { year, month, day } = civilFromDay(dayNumber);
    iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
    isoDateCache.set(dayNumber, iso);
  }
  return iso;
}

/** 'YYYY-MM-DD HH:MM:SS' for a day and a minute of that day. */
export function isoDateTime(dayNumber: number, minuteOfDay: number): IsoDateTime {
  return `${isoDateFromDay(dayNumber)} ${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00`;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function isBusinessDay(dayNumber: number): boolean {
  return weekdayOf(dayNumber) < 5;
}

/** The same day if it is a weekday, else the following Monday. */
export function snapToBusinessDay(dayNumber: number): number {
  const weekday = weekdayOf(dayNumber);
  return weekday < 5 ? dayNumber : dayNumber + (7 - weekday);
}

/** First and last day of the calendar quarter containing the day. */
export function quarterOf(dayNumber: number): { start: number; end: number } {
  const { year, month } = civilFromDay(dayNumber);
  const firstMonth = month - ((month - 1) % 3);
  const start = dayFromCivil({ year, month: firstMonth, day: 1 });
  const next = firstMonth === 10 ? { year: year + 1, month: 1, day: 1 } : { year, month: firstMonth + 3, day: 1 };
  return { start, end: dayFromCivil(next) - 1 };
}
