// How each demo manager coaches, dealt in the order the demo lists the managers' logins (so
// the first login listed, the one a visitor tries first, is the steady coach):
// the spread a leader needs to see, from a steady coach to one who hardly coaches. Rates
// are per planned session or per rep and week; hours are the weekly time report's range.
export type CoachingStyle = {
  /** Chance that a planned 1:1 (or the team session) is held in an ordinary week. */
  holdRate: number;
  /** Chance that a week is disrupted (travel, quarter-end, an offsite): many sessions lost. */
  disruptedWeeks: number;
  /** Chance that a skipped 1:1 is made up with a deal coaching session the same week. */
  makeUpRate: number;
  /** Chance that a rep asks for deal coaching in a week, besides the 1:1. */
  dealRate: number;
  /** Chance that the weekly time report is filled in. */
  reportRate: number;
  /** Reported coaching hours beyond the sessions (joint calls, call plans, recordings). */
  coachingHours: readonly [number, number];
};

export const COACHING_STYLES: readonly CoachingStyle[] = [
  { holdRate: 0.95, disruptedWeeks: 0.12, makeUpRate: 0.8, dealRate: 0.2, reportRate: 0.95, coachingHours: [3, 5] },
  { holdRate: 0.85, disruptedWeeks: 0.2, makeUpRate: 0.5, dealRate: 0.15, reportRate: 0.85, coachingHours: [2, 4] },
  { holdRate: 0.6, disruptedWeeks: 0.3, makeUpRate: 0.3, dealRate: 0.1, reportRate: 0.6, coachingHours: [1, 3] },
  { holdRate: 0.9, disruptedWeeks: 0.15, makeUpRate: 0.6, dealRate: 0.2, reportRate: 0.9, coachingHours: [2, 5] },
  { holdRate: 0.3, disruptedWeeks: 0.4, makeUpRate: 0.1, dealRate: 0.05, reportRate: 0.4, coachingHours: [0, 1] },
  { holdRate: 0.75, disruptedWeeks: 0.25, makeUpRate: 0.4, dealRate: 0.1, reportRate: 0.7, coachingHours: [1, 3] },
];
