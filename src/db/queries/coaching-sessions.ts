// Coaching sessions (src/db/schema/coaching.ts): read one with its names, list a scope's,
// create, and save partial changes. Lists never select the step texts a summary leaves
// out (prepare, affirm, understand) nor the private note: only `findSession` does.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type SessionKind = 'one_on_one' | 'deal' | 'team_skill' | 'co_creation';
export type SessionStatus = 'planned' | 'held' | 'cancelled' | 'missed';

export type SessionSummaryRow = {
  id: number; kind: SessionKind; status: SessionStatus;
  managerId: number; managerName: string; repId: number | null; repName: string | null;
  opportunityId: number | null; opportunityName: string | null;
  scheduledAt: string | null; heldAt: string | null; durationMin: number | null;
  /** held_at, else scheduled_at, else created_at, as a UTC day. */
  date: string;
  stageId: number | null; stageKey: string | null; stageName: string | null;
  behaviourId: number | null; behaviourKey: string | null; behaviourName: string | null;
  specify: string | null; embed: string | null;
  createdAt: string;
};

export type SessionRow = SessionSummaryRow & {
  prepare: string | null; affirm: string | null; understand: string | null; privateNote: string | null;
};

export type SessionListRow = SessionSummaryRow & { commitmentCount: number };

export const isoTimestamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const SESSION_DAY = `to_char(coalesce(s.held_at, s.scheduled_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

const SUMMARY_COLUMNS = `
  s.id, s.kind, s.status, s.manager_id AS "managerId", m.name AS "managerName", s.rep_id AS "repId", r.name AS "repName",
  s.opportunity_id AS "opportunityId", o.name AS "opportunityName",
  ${isoTimestamp('s.scheduled_at')} AS "scheduledAt", ${isoTimestamp('s.held_at')} AS "heldAt", s.duration_min AS "durationMin",
  ${SESSION_DAY} AS date,
  s.stage_id AS "stageId", st.key AS "stageKey", st.name AS "stageName",
  s.behaviour_id AS "behaviourId", b.key AS "behaviourKey", b.name AS "behaviourName",
  s.specify, s.embed, ${isoTimestamp('s.created_at')} AS "createdAt"`;

const FROM = `
  FROM coaching_sessions s
  JOIN people m ON m.org_id = s.org_id AND m.id = s.manager_id
  LEFT JOIN people r ON r.org_id = s.org_id AND r.id = s.rep_id
  LEFT JOIN opportunities o ON o.org_id = s.org_id AND o.id = s.opportunity_id
  LEFT JOIN stages st ON st.org_id = s.org_id AND st.id = s.stage_id
  LEFT JOIN behaviours b ON b.org_id = s.org_id AND b.id = s.behaviour_id`;

export async function findSession(db: Db, orgId: number, id: number): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(`
    SELECT ${SUMMARY_COLUMNS}, s.prepare, s.affirm, s.understand, s.private_note AS "privateNote"
    ${FROM} WHERE s.org_id = $1 AND s.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export type NewSessionRow = {
  managerId: number; kind: SessionKind; repId: number | null; opportunityId: number | null; status: SessionStatus;
  scheduledAt: string | null; heldAt: string | null; durationMin: number | null; stageId: number | null; behaviourId: number | null;
};

export async function insertSession(db: Db, orgId: number, s: NewSessionRow): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO coaching_sessions (org_id, manager_id, kind, rep_id, opportunity_id, status, scheduled_at, held_at, duration_min, stage_id, behaviour_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
  [orgId, s.managerId, s.kind, s.repId, s.opportunityId, s.status, s.scheduledAt, s.heldAt, s.durationMin, s.stageId, s.behaviourId]);
  return rows[0]!.id;
}

/** The columns a save may set, by field name. */
const PATCHABLE = {
  status: 'status', scheduledAt: 'scheduled_at', heldAt: 'held_at', durationMin: 'duration_min', opportunityId: 'opportunity_id',
  stageId: 'stage_id', behaviourId: 'behaviour_id', prepare: 'prepare', affirm: 'affirm', understand: 'understand',
  specify: 'specify', embed: 'embed', privateNote: 'private_note',
} as const;

export type SessionPatch = Partial<Record<keyof typeof PATCHABLE, string | number | null>>;

/** One UPDATE of the fields present in `patch`; nothing when it is empty. */
export async function updateSession(db: Db, orgId: number, id: number, patch: SessionPatch): Promise<void> {
  const fields = (Object.keys(patch) as (keyof typeof PATCHABLE)[]).filter((k) => patch[k] !== undefined && k in PATCHABLE);
  if (fields.length === 0) return;
  const sets = fields.map((k, i) => `${PATCHABLE[k]} = $${i + 3}`);
  await db.query(`UPDATE coaching_sessions SET ${sets.join(', ')} WHERE org_id = $1 AND id = $2`, [orgId, id, ...fields.map((k) => patch[k])]);
}

/**
 * Whose sessions a viewer may list: everyone's (leader, admin); a manager's subtree's (by
 * the session's manager or rep); a person's own (as the rep); plus, for both, the team
 * skill sessions of their own manager.
 */
export type SessionScope =
  | { kind: 'org' }
  | { kind: 'subtree'; rootPersonId: number; ownManagerId: number | null }
  | { kind: 'self'; personId: number; ownManagerId: number | null }
  | { kind: 'none' };

export type SessionFilters = {
  repId?: number; managerId?: number; status?: SessionStatus; kind?: SessionKind;
  /** Inclusive UTC days, on the session's day. */
  from?: string; to?: string;
  order: 'asc' | 'desc';
  page: number; pageSize: number;
};

export async function listSessions(db: Db, orgId: number, scope: SessionScope, f: SessionFilters): Promise<{ items: SessionListRow[]; total: number }> {
  if (scope.kind === 'none') return { items: [], total: 0 };
  const params: unknown[] = [orgId];
  const p = (value: unknown) => { params.push(value); return `$${params.length}`; };
  const where = ['s.org_id = $1'];
  let cte = '';
  const teamOfOwnManager = (ownManagerId: number | null) => (ownManagerId === null ? 'false'
    : `(s.kind = 'team_skill' AND s.rep_id IS NULL AND s.manager_id = ${p(ownManagerId)})`);
  if (scope.kind === 'subtree') {
    cte = `WITH RECURSIVE tree(id) AS (
             SELECT id FROM people WHERE org_id = $1 AND id = ${p(scope.rootPersonId)}
             UNION SELECT q.id FROM people q JOIN tree t ON q.org_id = $1 AND q.manager_id = t.id)`;
    where.push(`(s.manager_id IN (SELECT id FROM tree) OR s.rep_id IN (SELECT id FROM tree) OR ${teamOfOwnManager(scope.ownManagerId)})`);
  } else if (scope.kind === 'self') {
    where.push(`(s.rep_id = ${p(scope.personId)} OR ${teamOfOwnManager(scope.ownManagerId)})`);
  }
  if (f.repId !== undefined) where.push(`s.rep_id = ${p(f.repId)}`);
  if (f.managerId !== undefined) where.push(`s.manager_id = ${p(f.managerId)}`);
  if (f.status !== undefined) where.push(`s.status = ${p(f.status)}`);
  if (f.kind !== undefined) where.push(`s.kind = ${p(f.kind)}`);
  if (f.from !== undefined) where.push(`${SESSION_DAY} >= ${p(f.from)}`);
  if (f.to !== undefined) where.push(`${SESSION_DAY} <= ${p(f.to)}`);
  const direction = f.order === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await db.query<SessionListRow & { total: number }>(`
    ${cte}
    SELECT ${SUMMARY_COLUMNS},
      (SELECT count(*)::int FROM commitments c WHERE c.org_id = s.org_id AND c.session_id = s.id) AS "commitmentCount",
      count(*) OVER ()::int AS total
    ${FROM}
    WHERE ${where.join(' AND ')}
    ORDER BY coalesce(s.held_at, s.scheduled_at, s.created_at) ${direction}, s.id ${direction}
    LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`, params);
  const total = rows[0]?.total ?? await countOnly(db, cte, where, params.slice(0, -2));
  return { items: rows.map(({ total: _t, ...row }) => row), total };
}

// A page past the end has no rows to carry the window count: count on its own.
async function countOnly(db: Db, cte: string, where: string[], params: unknown[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`${cte} SELECT count(*)::int AS n FROM coaching_sessions s WHERE ${where.join(' AND ')}`, params);
  return rows[0]!.n;
}
