// The expected close date of a deal over its life: set at creation from an optimistic
// cycle estimate, then pushed each time it is about to lapse while the deal is still open.
// Slow deals collect several pushes; a rep who stops maintaining a stalled deal lets it slip
// into the past.
import type { Random } from './seeded-random.ts';
import type { StallPlan } from './simulate-deal-journey.ts';
import { weekdayOf, snapToBusinessDay } from './demo-calendar.ts';

export type CloseDateChange = { day: number; from: number; to: number };
export type CloseDatePlan = { initial: number; changes: CloseDateChange[]; final: number };

/** Beyond this many pushes a rep would have re-created the deal. */
const MAX_PUSHES = 6;

const weekdayOnOrBefore = (day: number): number => day - Math.max(0, weekdayOf(day) - 4);

export function planCloseDates(
  random: Random, createdDay: number, plannedCycleDays: number,
  /** The close day of a closed deal, or as-of for an open one. */
  endDay: number,
  stall: StallPlan | null,
): CloseDatePlan {
  const initial = snapToBusinessDay(createdDay + plannedCycleDays);
  const changes: CloseDateChange[] = [];
  let expected = initial;
  let lastChange = createdDay;
  while (expected < endDay && changes.length < MAX_PUSHES) {
    const stalled = stall !== null && expected >= stall.fromDay && expected < stall.untilDay;
    if (stalled && stall.neglectsCloseDate) break;
    // Reps push a few days before the date lapses, on a working day.
    const day = Math.max(lastChange + 1, weekdayOnOrBefore(expected - random.int(0, 5)));
    // While stuck, each push buys only a week or three: the deal keeps slipping.
    const to = snapToBusinessDay(day + (stalled ? random.int(7, 21) : random.int(14, 45)));
    changes.push({ day, from: expected, to });
    expected = to;
    lastChange = day;
  }
  return { initial, changes, final: expected };
}
