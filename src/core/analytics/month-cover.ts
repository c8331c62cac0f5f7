// How to read a day range [from, to] from monthly rollups (ADR 012): whole calendar months
// from the rollup, plus or minus the raw rows of a few edge days. Each edge month is either
// added day by day or taken whole with its days outside the range subtracted, whichever
// reads fewer days; days on or after `emptyFrom` (nothing is stored there yet) cost nothing.
import type { IsoDate } from '../crm/records.ts';
import { dayNumberOf, isoDateOf } from './iso-day.ts';

export type DayRange = { from: IsoDate; to: IsoDate };
export type MonthCover = {
  /** First days of the first and last whole months to read from the rollup; null: none. */
  months: { first: IsoDate; last: IsoDate } | null;
  /** Raw day ranges to add, and to subtract (days of a rollup month outside the range). */
  add: DayRange[];
  subtract: DayRange[];
};

const monthStart = (iso: IsoDate): IsoDate => `${iso.slice(0, 7)}-01`;
function monthEnd(iso: IsoDate): IsoDate {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return isoDateOf(dayNumberOf(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1);
}
const shift = (iso: IsoDate, days: number): IsoDate => isoDateOf(dayNumberOf(iso) + days);
const nextMonth = (iso: IsoDate): IsoDate => shift(monthEnd(iso), 1);
const previousMonth = (iso: IsoDate): IsoDate => monthStart(shift(monthStart(iso), -1));

export function coverWithMonths(from: IsoDate, to: IsoDate, options: { emptyFrom?: IsoDate } = {}): MonthCover {
  const a = dayNumberOf(from);
  const b = dayNumberOf(to);
  if (a > b) throw new Error(`empty range ${from} .. ${to}`);
  const empty = options.emptyFrom === undefined ? Infinity : dayNumberOf(options.emptyFrom);
  // Days of [x, y] that may hold rows (before `emptyFrom`).
  const cost = (x: number, y: number) => Math.max(0, Math.min(y, empty - 1) - x + 1);
  const sA = dayNumberOf(monthStart(from));
  const eB = dayNumberOf(monthEnd(to));
  const range = (x: number, y: number): DayRange => ({ from: isoDateOf(x), to: isoDateOf(y) });
  if (monthStart(from) === monthStart(to)) {
    if (cost(a, b) <= cost(sA, a - 1) + cost(b + 1, eB)) return { months: null, add: [range(a, b)], subtract: [] };
    const subtract = [...(a > sA ? [range(sA, a - 1)] : []), ...(b < eB ? [range(b + 1, eB)] : [])];
    return { months: { first: isoDateOf(sA), last: isoDateOf(sA) }, add: [], subtract };
  }
  const add: DayRange[] = [];
  const subtract: DayRange[] = [];
  let first = monthStart(from);
  const eA = dayNumberOf(monthEnd(from));
  if (a > sA) {
    if (cost(sA, a - 1) < cost(a, eA)) subtract.push(range(sA, a - 1));
    else { add.push(range(a, eA)); first = nextMonth(from); }
  }
  let last = monthStart(to);
  const sB = dayNumberOf(last);
  if (b < eB) {
    if (cost(b + 1, eB) < cost(sB, b)) subtract.push(range(b + 1, eB));
    else { add.push(range(sB, b)); last = previousMonth(to); }
  }
  return { months: first <= last ? { first, last } : null, add, subtract };
}
