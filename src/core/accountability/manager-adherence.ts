// Cadence adherence of one manager, week by week (SPEC §4.9; docs/accountability.md):
// planned vs held sessions, reps without a 1:1 in 14 days, the streak of weeks in which
// every rep was coached, the coaching share of the week and the share of rep coaching
// minutes that went to core performers. Dates are local ISO dates; weeks are ISO weeks.
import { dayNumberOf, isoDateOf } from '../analytics/iso-day.ts';
import type { IsoDate } from '../crm/records.ts';
import { mondayOf } from '../cadence/cadence-rule.ts';
import { coachingShare, DEFAULT_WORKING_HOURS, shareBand, type ShareBand } from './coaching-share.ts';

export type Segment = 'star' | 'core' | 'bottom' | 'ramping';
export type TimeCategory = 'coaching' | 'deal_support' | 'admin' | 'resource_allocation' | 'selling' | 'other';

export type SessionFact = {
  repId: number | null;
  kind: 'one_on_one' | 'deal' | 'team_skill' | 'co_creation';
  status: 'planned' | 'held' | 'cancelled' | 'missed';
  /** Local date it was scheduled for, if it was. */
  scheduledOn: IsoDate | null;
  /** Local date it was held, if it was. */
  heldOn: IsoDate | null;
  durationMin: number | null;
};

export type AdherenceInput = {
  asOf: IsoDate;
  /** The manager's active reps, with their segment when analysed. */
  reps: readonly { repId: number; name: string; segment: Segment | null }[];
  sessions: readonly SessionFact[];
  timeEntries: readonly { weekStart: IsoDate; category: TimeCategory; hours: number }[];
  /** How many weeks to report, the as-of week last. */
  weeks: number;
  workingHours?: number;
};

export type WeekAdherence = {
  weekStart: IsoDate;
  /** Sessions on the plan for the week: scheduled in it and not cancelled. */
  planned: number;
  held: number;
  missed: number;
  heldMinutes: number;
  repsCoached: number;
  everyRepCoached: boolean;
  coachingEntryHours: number;
  share: number;
  band: ShareBand;
  /** Of the minutes of held 1:1 and deal sessions, the share with core performers; null: none. */
  coreShare: number | null;
  timeAllocation: Partial<Record<TimeCategory, number>>;
};

export type ManagerAdherence = {
  weeks: WeekAdherence[];
  repsWithoutOneOnOne: { repId: number; name: string; lastOneOnOneOn: IsoDate | null }[];
  /** Consecutive weeks, back from the as-of week, with every rep coached; the as-of week counts only once it is complete or every rep had a session. */
  streakWeeks: number;
};

const NO_ONE_ON_ONE_DAYS = 14;
const INDIVIDUAL = new Set(['one_on_one', 'deal', 'co_creation']);

export function weekStarts(asOf: IsoDate, weeks: number): IsoDate[] {
  const last = dayNumberOf(mondayOf(asOf));
  return Array.from({ length: weeks }, (_, i) => isoDateOf(last - (weeks - 1 - i) * 7));
}

export function assessManagerWeeks(input: AdherenceInput): ManagerAdherence {
  const segmentOf = new Map(input.reps.map((r) => [r.repId, r.segment]));
  const repIds = new Set(input.reps.map((r) => r.repId));
  const held = input.sessions.filter((s) => s.status === 'held' && s.heldOn !== null);
  const weekOf = (date: IsoDate) => mondayOf(date);

  const assessWeek = (weekStart: IsoDate): WeekAdherence => {
    const scheduled = input.sessions.filter((s) => s.scheduledOn !== null && weekOf(s.scheduledOn) === weekStart);
    const heldThisWeek = held.filter((s) => weekOf(s.heldOn!) === weekStart);
    const heldMinutes = heldThisWeek.reduce((sum, s) => sum + (s.durationMin ?? 0), 0);
    const coached = new Set(heldThisWeek.filter((s) => INDIVIDUAL.has(s.kind) && s.repId !== null && repIds.has(s.repId)).map((s) => s.repId!));
    const repMinutes = heldThisWeek.filter((s) => INDIVIDUAL.has(s.kind) && s.repId !== null);
    const repTotal = repMinutes.reduce((sum, s) => sum + (s.durationMin ?? 0), 0);
    const coreTotal = repMinutes.filter((s) => segmentOf.get(s.repId!) === 'core').reduce((sum, s) => sum + (s.durationMin ?? 0), 0);
    const entries = input.timeEntries.filter((e) => e.weekStart === weekStart);
    const timeAllocation: Partial<Record<TimeCategory, number>> = {};
    for (const e of entries) timeAllocation[e.category] = (timeAllocation[e.category] ?? 0) + e.hours;
    const coachingEntryHours = timeAllocation.coaching ?? 0;
    const share = coachingShare(heldMinutes, coachingEntryHours, input.workingHours ?? DEFAULT_WORKING_HOURS);
    return {
      weekStart,
      planned: scheduled.filter((s) => s.status !== 'cancelled').length,
      held: heldThisWeek.length,
      missed: scheduled.filter((s) => s.status === 'missed').length,
      heldMinutes, repsCoached: coached.size,
      everyRepCoached: repIds.size > 0 && coached.size === repIds.size,
      coachingEntryHours, share, band: shareBand(share),
      coreShare: repTotal > 0 ? coreTotal / repTotal : null,
      timeAllocation,
    };
  };

  const cutoff = dayNumberOf(input.asOf) - NO_ONE_ON_ONE_DAYS;
  const lastOneOnOne = new Map<number, IsoDate>();
  for (const s of held) {
    if (s.kind !== 'one_on_one' || s.repId === null || dayNumberOf(s.heldOn!) > dayNumberOf(input.asOf)) continue;
    const previous = lastOneOnOne.get(s.repId);
    if (!previous || s.heldOn! > previous) lastOneOnOne.set(s.repId, s.heldOn!);
  }
  const repsWithoutOneOnOne = input.reps
    .filter((r) => { const last = lastOneOnOne.get(r.repId); return !last || dayNumberOf(last) <= cutoff; })
    .map((r) => ({ repId: r.repId, name: r.name, lastOneOnOneOn: lastOneOnOne.get(r.repId) ?? null }));

  // The streak looks back over every week the sessions cover, not only the weeks reported.
  const earliest = input.sessions.reduce((min, s) => (s.heldOn && s.heldOn < min ? s.heldOn : min), input.asOf);
  const spanWeeks = Math.floor((dayNumberOf(mondayOf(input.asOf)) - dayNumberOf(mondayOf(earliest))) / 7) + 1;
  const history = weekStarts(input.asOf, Math.max(spanWeeks, input.weeks)).map(assessWeek).reverse();
  let streakWeeks = 0;
  for (const [i, week] of history.entries()) {
    if (week.everyRepCoached) streakWeeks += 1;
    else if (i === 0) continue; // the as-of week may still be under way
    else break;
  }
  return { weeks: history.slice(0, input.weeks).reverse(), repsWithoutOneOnOne, streakWeeks };
}
