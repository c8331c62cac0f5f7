// Day numbers to 'YYYY-MM-DD' through a precomputed table: formatting a Date per cell
// would dominate generating millions of rows.
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
const TABLE_DAYS = 366 * 10;

const DATES: string[] = Array.from({ length: TABLE_DAYS }, (_, d) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10));
const TWO_DIGITS: string[] = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** Day number (0 = 2020-01-01) of a 'YYYY-MM-DD' date. */
export function dayOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
}

export function formatDay(day: number): string {
  const date = DATES[day];
  if (date === undefined) throw new Error(`day ${day} is outside the generator's calendar`);
  return date;
}

export function formatDayTime(day: number, hour: number, minute: number, second: number): string {
  return `${formatDay(day)} ${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}`;
}
