// Commitments (src/db/schema/coaching.ts): agreed in a session (Embed), reviewed in a
// later one. Each row comes with its session's day and manager, which review rules need.
import type pg from 'pg';
import { isoTimestamp } from './coaching-sessions.ts';

type Db = pg.Pool | pg.PoolClient;

export type CommitmentStatus = 'open' | 'done' | 'not_done' | 'dropped';

export type CommitmentRow = {
  id: number; sessionId: number; repId: number; repName: string;
  behaviourId: number | null; behaviourKey: string | null; behaviourName: string | null;
  text: string; dueOn: string; status: CommitmentStatus;
  reviewedInSessionId: number | null; reviewedAt: string | null; reviewNote: string | null;
  /** The agreeing session's day, manager and kind. */
  sessionDate: string; sessionManagerId: number; sessionKind: string;
};

const COLUMNS = `
  c.id, c.session_id AS "sessionId", c.rep_id AS "repId", r.name AS "repName",
  c.behaviour_id AS "behaviourId", b.key AS "behaviourKey", b.name AS "behaviourName",
  c.text, c.due_on::text AS "dueOn", c.status, c.reviewed_in_session_id AS "reviewedInSessionId",
  ${isoTimestamp('c.reviewed_at')} AS "reviewedAt", c.review_note AS "reviewNote",
  to_char(coalesce(s.held_at, s.scheduled_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "sessionDate",
  s.manager_id AS "sessionManagerId", s.kind AS "sessionKind"`;

const FROM = `
  FROM commitments c
  JOIN coaching_sessions s ON s.org_id = c.org_id AND s.id = c.session_id
  JOIN people r ON r.org_id = c.org_id AND r.id = c.rep_id
  LEFT JOIN behaviours b ON b.org_id = c.org_id AND b.id = c.behaviour_id`;

const ORDER = 'ORDER BY c.due_on, c.id';

export type NewCommitment = { sessionId: number; repId: number; behaviourId: number | null; text: string; dueOn: string };

export async function insertCommitment(db: Db, orgId: number, c: NewCommitment): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO commitments (org_id, session_id, rep_id, behaviour_id, text, due_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
  [orgId, c.sessionId, c.repId, c.behaviourId, c.text, c.dueOn]);
  return rows[0]!.id;
}

export async function findCommitment(db: Db, orgId: number, id: number): Promise<CommitmentRow | null> {
  const { rows } = await db.query<CommitmentRow>(`SELECT ${COLUMNS} ${FROM} WHERE c.org_id = $1 AND c.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export async function updateCommitment(
  db: Db, orgId: number, id: number, patch: { text?: string; dueOn?: string; behaviourId?: number | null },
): Promise<void> {
  const columns = { text: 'text', dueOn: 'due_on', behaviourId: 'behaviour_id' } as const;
  const fields = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
  if (fields.length === 0) return;
  await db.query(`UPDATE commitments SET ${fields.map((k, i) => `${columns[k]} = $${i + 3}`).join(', ')} WHERE org_id = $1 AND id = $2`,
    [orgId, id, ...fields.map((k) => patch[k])]);
}

export async function deleteCommitment(db: Db, orgId: number, id: number): Promise<void> {
  await db.query('DELETE FROM commitments WHERE org_id = $1 AND id = $2', [orgId, id]);
}

export async function saveReview(
  db: Db, orgId: number, id: number, review: { status: Exclude<CommitmentStatus, 'open'>; note: string | null; sessionId: number; at: string },
): Promise<void> {
  await db.query(`
    UPDATE commitments SET status = $3, review_note = $4, reviewed_in_session_id = $5, reviewed_at = $6
    WHERE org_id = $1 AND id = $2`, [orgId, id, review.status, review.note, review.sessionId, review.at]);
}

/** The commitments agreed in a session (only one rep's when `repId` is given). */
export async function sessionCommitments(db: Db, orgId: number, sessionId: number, repId?: number): Promise<CommitmentRow[]> {
  const { rows } = await db.query<CommitmentRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE c.org_id = $1 AND c.session_id = $2 ${repId === undefined ? '' : 'AND c.rep_id = $3'} ${ORDER}`,
    repId === undefined ? [orgId, sessionId] : [orgId, sessionId, repId]);
  return rows;
}

/**
 * What a session may review: for a rep's session, the rep's commitments from other sessions
 * that are open or were reviewed in this one; for a team session, those of the same
 * manager's earlier team sessions.
 */
export async function reviewCandidates(
  db: Db, orgId: number, session: { id: number; repId: number | null; managerId: number },
): Promise<CommitmentRow[]> {
  const who = session.repId !== null ? 'c.rep_id = $3' : `s.kind = 'team_skill' AND s.rep_id IS NULL AND s.manager_id = $3`;
  const { rows } = await db.query<CommitmentRow>(`
    SELECT ${COLUMNS} ${FROM}
    WHERE c.org_id = $1 AND c.session_id <> $2 AND ${who} AND (c.status = 'open' OR c.reviewed_in_session_id = $2) ${ORDER}`,
  [orgId, session.id, session.repId ?? session.managerId]);
  return rows;
}

export type CommitmentFilters = {
  repIds: readonly number[] | null;
  repId?: number; status?: CommitmentStatus; sessionId?: number; dueBy?: string;
  page: number; pageSize: number;
};

export async function listCommitments(db: Db, orgId: number, f: CommitmentFilters): Promise<{ items: CommitmentRow[]; total: number }> {
  const params: unknown[] = [orgId];
  const p = (value: unknown) => { params.push(value); return `$${params.length}`; };
  const where = ['c.org_id = $1'];
  if (f.repIds !== null) where.push(`c.rep_id = ANY(${p(f.repIds)}::int[])`);
  if (f.repId !== undefined) where.push(`c.rep_id = ${p(f.repId)}`);
  if (f.status !== undefined) where.push(`c.status = ${p(f.status)}`);
  if (f.sessionId !== undefined) where.push(`c.session_id = ${p(f.sessionId)}`);
  if (f.dueBy !== undefined) where.push(`c.due_on <= ${p(f.dueBy)}::date`);
  const filter = where.join(' AND ');
  const countParams = [...params];
  const { rows } = await db.query<CommitmentRow>(`
    SELECT ${COLUMNS} ${FROM} WHERE ${filter} ORDER BY c.due_on DESC, c.id DESC LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`, params);
  const { rows: [count] } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM commitments c WHERE ${filter}`, countParams);
  return { items: rows, total: count!.n };
}
