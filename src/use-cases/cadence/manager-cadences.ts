// A manager's cadences (SPEC §4.9; docs/cadences-and-calendar.md): every manager starts
// with the default cadence (a weekly 1:1 per rep, light touch for stars, and a weekly team
// skill session), created the first time their cadences are read; each one is editable.
import type { CadenceKind } from '../../core/cadence/cadence-rule.ts';
import { defaultCadences, suggestedOneOnOne, type Segment } from '../../core/cadence/default-cadences.ts';
import { isKnownTimeZone } from '../../core/cadence/zoned-time.ts';
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import {
  directReps, dropUntouchedPlanned, findCadence, insertCadences, listCadences, orgTimeZoneSetting, updateCadenceRow,
  type CadenceFields, type CadenceRow,
} from '../../db/queries/cadence-rows.ts';
import { analyseOrg, type AnalysisCache } from '../analytics/analyse-org.ts';

export type CadenceView = CadenceRow & { suggestion: { everyWeeks: number; durationMin: number; reason: string } | null };

/** The org's default zone: orgs.settings.timeZone when it is a known IANA name, else UTC. */
export async function orgTimeZone(database: Database, orgId: number): Promise<string> {
  const zone = await orgTimeZoneSetting(database.pool, orgId);
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** Each rep's segment from the org analysis; null when the rep is not analysed. */
export async function repSegments(database: Database, orgId: number, today: string, cache?: AnalysisCache): Promise<Map<number, Segment>> {
  const analysis = await analyseOrg(database, orgId, today, {}, cache);
  return new Map(analysis.reps.map((r) => [r.id, r.segment.segment as Segment]));
}

/**
 * Creates the missing defaults of a manager: a 1:1 for each active direct rep who has no
 * 1:1 cadence (active or not), and a team skill session when there is none.
 */
export async function ensureDefaultCadences(
  database: Database, orgId: number, managerId: number, startsOn: string, segments: Map<number, Segment>,
): Promise<number> {
  const [reps, existing, timeZone] = await Promise.all([
    directReps(database.pool, orgId, managerId), listCadences(database.pool, orgId, [managerId]), orgTimeZone(database, orgId),
  ]);
  if (missingDefaults(reps, existing, segments, timeZone, startsOn, managerId).length === 0) return 0;
  // Read again and insert under a per-manager lock: two first requests at once (the cadences
  // page and This week) would otherwise both see no cadence and both create the defaults.
  return inTransaction(database.pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [DEFAULTS_LOCK, managerId]);
    const reps = await directReps(client, orgId, managerId);
    const existing = await listCadences(client, orgId, [managerId]);
    return insertCadences(client, orgId, missingDefaults(reps, existing, segments, timeZone, startsOn, managerId));
  });
}

// The first key of the advisory lock taken while a manager's default cadences are created.
const DEFAULTS_LOCK = 4_091_001;

function missingDefaults(
  reps: readonly { id: number }[], existing: readonly CadenceRow[], segments: Map<number, Segment>, timeZone: string, startsOn: string, managerId: number,
): CadenceFields[] {
  const covered = new Set(existing.filter((c) => c.kind === 'one_on_one').map((c) => c.repId));
  const hasTeam = existing.some((c) => c.kind === 'team_skill');
  return defaultCadences(reps.map((r) => ({ repId: r.id, segment: segments.get(r.id) ?? null })), timeZone, startsOn)
    .filter((d) => (d.kind === 'team_skill' ? !hasTeam : !covered.has(d.repId)))
    // Existing 1:1s keep their slots; new ones take the slots after them.
    .map((d) => ({ ...d, managerId, active: true }));
}

export async function managerCadences(
  database: Database, orgId: number, managerId: number, startsOn: string, segments: Map<number, Segment>,
): Promise<{ timeZone: string; cadences: CadenceView[] }> {
  await ensureDefaultCadences(database, orgId, managerId, startsOn, segments);
  const [rows, timeZone] = await Promise.all([listCadences(database.pool, orgId, [managerId]), orgTimeZone(database, orgId)]);
  return {
    timeZone,
    cadences: rows.map((c) => ({ ...c, suggestion: c.kind === 'one_on_one' && c.repId !== null ? suggestedOneOnOne(segments.get(c.repId) ?? null) : null })),
  };
}

export type CadenceEdit = Partial<Pick<CadenceFields, 'weekday' | 'localTime' | 'timeZone' | 'everyWeeks' | 'durationMin' | 'startsOn' | 'active'>>;

export type CadenceResult =
  | { ok: true; cadence: CadenceRow }
  | { ok: false; code: 'not_found' | 'unprocessable'; message: string };

/** Edits a cadence; its untouched future planned sessions are dropped, to be generated again. */
export async function editCadence(database: Database, orgId: number, id: number, edit: CadenceEdit, now: Date, allowed: (managerId: number) => boolean): Promise<CadenceResult> {
  const cadence = await findCadence(database.pool, orgId, id);
  if (!cadence || !allowed(cadence.managerId)) return { ok: false, code: 'not_found', message: `No cadence #${id} in your scope.` };
  if (edit.timeZone !== undefined && !isKnownTimeZone(edit.timeZone)) return { ok: false, code: 'unprocessable', message: `Unknown time zone ${JSON.stringify(edit.timeZone)}.` };
  const { repName: _r, id: _i, ...fields } = { ...cadence, ...edit };
  await updateCadenceRow(database.pool, orgId, id, fields);
  await dropUntouchedPlanned(database.pool, orgId, id, now);
  return { ok: true, cadence: (await findCadence(database.pool, orgId, id))! };
}

export type NewCadence = Omit<CadenceFields, 'active' | 'timeZone'> & { timeZone?: string; kind: CadenceKind };

export async function addCadence(database: Database, orgId: number, draft: NewCadence): Promise<CadenceResult> {
  const timeZone = draft.timeZone ?? await orgTimeZone(database, orgId);
  if (!isKnownTimeZone(timeZone)) return { ok: false, code: 'unprocessable', message: `Unknown time zone ${JSON.stringify(timeZone)}.` };
  if ((draft.kind === 'team_skill') !== (draft.repId === null)) {
    return { ok: false, code: 'unprocessable', message: 'A team skill session has no rep; a 1:1 or deal cadence names one rep.' };
  }
  if (draft.repId !== null && !(await directReps(database.pool, orgId, draft.managerId)).some((r) => r.id === draft.repId)) {
    return { ok: false, code: 'unprocessable', message: `Rep #${draft.repId} is not an active direct report of manager #${draft.managerId}.` };
  }
  const before = new Set((await listCadences(database.pool, orgId, [draft.managerId])).map((c) => c.id));
  await insertCadences(database.pool, orgId, [{ ...draft, timeZone, active: true }]);
  const created = (await listCadences(database.pool, orgId, [draft.managerId])).find((c) => !before.has(c.id))!;
  return { ok: true, cadence: created };
}
