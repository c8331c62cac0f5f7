// Dates in CSV cells, in the three layouts the mapping file can name (SPEC §4.1). A time
// part is kept for date-times (stage history, activities) and dropped for dates.
import type { IsoDate, IsoDateTime } from '../core/crm/records.ts';

export const DATE_FORMATS = ['YYYY-MM-DD', 'M/D/YYYY', 'D/M/YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type ParsedDate = { date: IsoDate; dateTime: IsoDateTime };
export type DateResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

const EXAMPLES: Record<DateFormat, string> = {
  'YYYY-MM-DD': '2017-03-01', 'M/D/YYYY': '3/1/2017', 'D/M/YYYY': '1/3/2017',
};

// A year outside this range is almost always a typo (0217, 20177) rather than real data.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

// ISO: date, optional ' ' or 'T' time with optional seconds, fraction and zone; the zone is
// dropped (wall-clock time as written), which is what CRM exports in local time mean.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Slash dates as spreadsheets write them, with an optional 24-hour or AM/PM time.
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;

export function expectedDate(format: DateFormat): string {
  return `expected a date like ${EXAMPLES[format]} (${format})`;
}

/** Parses a trimmed, non-empty cell as a date in `format`; never throws. */
export function parseDate(text: string, format: DateFormat): DateResult {
  const parts = format === 'YYYY-MM-DD' ? matchIso(text) : matchSlashed(text, format);
  if (!parts) return { ok: false, message: expectedDate(format) };
  const { year, month, day, hour, minute, second } = parts;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `year ${year} is out of range (${MIN_YEAR}-${MAX_YEAR}); ${expectedDate(format)}` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${text} is not a calendar date; ${expectedDate(format)}` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `${text} has an invalid time; expected HH:MM or HH:MM:SS (24-hour)` };
  }
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return { ok: true, value: { date, dateTime: `${date} ${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}` } };
}

type DateParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function matchIso(text: string): DateParts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]), hour: num(m[4]), minute: num(m[5]), second: num(m[6]) };
}

function matchSlashed(text: string, format: DateFormat): DateParts | null {
  const m = SLASHED.exec(text);
  if (!m) return null;
  const first = num(m[1]);
  const second = num(m[2]);
  let hour = num(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const [month, day] = format === 'M/D/YYYY' ? [first, second] : [second, first];
  return { year: num(m[3]), month, day, hour, minute: num(m[5]), second: num(m[6]) };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function num(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
