// Accountability (SPEC §4.9; docs/accountability.md): a manager's own weeks, and the
// leader's view of one week across managers. Loads facts in a few set-based queries,
// takes segments from the org analysis, and lets the pure core decide.
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import {
  assessManagerWeeks, type ManagerAdherence, type Segment, type TimeCategory, type WeekAdherence,
} from '../../core/accountability/manager-adherence.ts';
import { mondayOf } from '../../core/cadence/cadence-rule.ts';
import type { Database } from '../../db/client.ts';
import { listManagers } from '../../db/queries/cadence-rows.ts';
import { replaceTimeEntries, sessionFacts, teamReps, timeEntryRows } from '../../db/queries/accountability-facts.ts';
import type { AnalysisCache } from '../analytics/analyse-org.ts';
import { orgTimeZone, repSegments } from '../cadence/manager-cadences.ts';

// The streak looks back at most this far.
const STREAK_LOOKBACK_WEEKS = 26;

export type ManagerAccountability = ManagerAdherence & {
  manager: { id: number; name: string };
  asOf: string;
  timeZone: string;
  reps: { repId: number; name: string; segment: Segment | null }[];
};

async function assess(
  database: Database, orgId: number, managers: readonly { id: number; name: string }[], asOf: string, weeks: number,
  segments: Map<number, Segment>,
): Promise<ManagerAccountability[]> {
  if (managers.length === 0) return [];
  const ids = managers.map((m) => m.id);
  const timeZone = await orgTimeZone(database, orgId);
  const from = isoDateOf(dayNumberOf(mondayOf(asOf)) - (Math.max(weeks, STREAK_LOOKBACK_WEEKS) - 1) * 7);
  const to = isoDateOf(dayNumberOf(mondayOf(asOf)) + 6);
  const [sessions, reps, entries] = await Promise.all([
    sessionFacts(database.pool, orgId, ids, from, to, timeZone), teamReps(database.pool, orgId, ids),
    timeEntryRows(database.pool, orgId, ids, from, to),
  ]);
  return managers.map((manager) => {
    const team = reps.filter((r) => r.managerId === manager.id).map((r) => ({ repId: r.repId, name: r.name, segment: segments.get(r.repId) ?? null }));
    const adherence = assessManagerWeeks({
      asOf, weeks, reps: team,
      sessions: sessions.filter((s) => s.managerId === manager.id),
      timeEntries: entries.filter((e) => e.managerId === manager.id),
    });
    return { ...adherence, manager, asOf, timeZone, reps: team };
  });
}

export async function managerAccountability(
  database: Database, orgId: number, today: string, manager: { id: number; name: string }, weeks: number, asOf?: string, cache?: AnalysisCache,
): Promise<ManagerAccountability> {
  const segments = await repSegments(database, orgId, today, cache);
  return (await assess(database, orgId, [manager], asOf ?? today, weeks, segments))[0]!;
}

export type ManagerWeekRow = WeekAdherence & {
  manager: { id: number; name: string };
  repCount: number;
  repsWithoutOneOnOne: number;
  streakWeeks: number;
};

/** One ISO week across managers (all of the org's, or those with ids in `scope`). */
export async function managersWeek(
  database: Database, orgId: number, today: string, week: string | undefined, scope: readonly number[] | null, cache?: AnalysisCache,
): Promise<{ weekStart: string; asOf: string; managers: ManagerWeekRow[] }> {
  // A past week is judged as of its Sunday, the current week as of today, a future one as of its Monday.
  const weekStart = mondayOf(week ?? today);
  const sunday = isoDateOf(dayNumberOf(weekStart) + 6);
  const asOf = sunday < today ? sunday : weekStart > today ? weekStart : today;
  const managers = await listManagers(database.pool, orgId, scope);
  const segments = await repSegments(database, orgId, today, cache);
  const assessed = await assess(database, orgId, managers, asOf, 1, segments);
  return {
    weekStart, asOf,
    managers: assessed.map((a) => ({
      ...a.weeks[0]!, manager: a.manager, repCount: a.reps.length,
      repsWithoutOneOnOne: a.repsWithoutOneOnOne.length, streakWeeks: a.streakWeeks,
    })),
  };
}

export async function saveTimeEntries(
  database: Database, orgId: number, managerId: number, week: string, entries: readonly { category: TimeCategory; hours: number }[],
): Promise<{ weekStart: string; entries: { category: TimeCategory; hours: number }[] }> {
  const weekStart = mondayOf(week);
  const merged = new Map<TimeCategory, number>();
  for (const e of entries) merged.set(e.category, (merged.get(e.category) ?? 0) + e.hours);
  const list = [...merged].map(([category, hours]) => ({ category, hours }));
  await replaceTimeEntries(database.pool, orgId, managerId, weekStart, list);
  return { weekStart, entries: list };
}

export async function weekTimeEntries(database: Database, orgId: number, managerId: number, week: string) {
  const weekStart = mondayOf(week);
  const rows = await timeEntryRows(database.pool, orgId, [managerId], weekStart, weekStart);
  return { weekStart, entries: rows.map((r) => ({ category: r.category, hours: r.hours })) };
}
