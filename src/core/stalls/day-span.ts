// Whole days between ISO dates, for hundreds of thousands of deals at once: the dates repeat
// (a few thousand distinct days), so each is converted once. A memo, not state: the same
// input always gives the same day number (src/core/analytics/iso-day.ts).
import { dayNumberOf } from '../analytics/iso-day.ts';
import type { IsoDate } from '../crm/records.ts';

const MAX_REMEMBERED = 50_000;
const days = new Map<IsoDate, number>();

function dayOf(iso: IsoDate): number {
  let day = days.get(iso);
  if (day === undefined) {
    day = dayNumberOf(iso);
    if (days.size < MAX_REMEMBERED) days.set(iso, day);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daySpan = (from: IsoDate, to: IsoDate): number => dayOf(to) - dayOf(from);
