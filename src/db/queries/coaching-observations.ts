// Observations (src/db/schema/coaching.ts): a manager's rating of one behaviour of a rep.
// Written on their own or by a session's Understand step (one per session and behaviour,
// so saving the step again updates it); listed newest first.
import type pg from 'pg';
import { isoTimestamp } from './coaching-sessions.ts';

type Db = pg.Pool | pg.PoolClient;

export type ObservationRow = {
  id: number; repId: number; repName: string; observerId: number; observerName: string;
  behaviourId: number; behaviourKey: string; behaviourName: string; stageId: number; stageKey: string; stageName: string;
  rating: number; evidence: string; source: string; observedAt: string; createdAt: string; sessionId: number | null;
};

const COLUMNS = `
  o.id, o.rep_id AS "repId", r.name AS "repName", o.observer_id AS "observerId", w.name AS "observerName",
  o.behaviour_id AS "behaviourId", b.key AS "behaviourKey", b.name AS "behaviourName",
  st.id AS "stageId", st.key AS "stageKey", st.name AS "stageName",
  o.rating, o.evidence, o.source, o.observed_at::text AS "observedAt", ${isoTimestamp('o.created_at')} AS "createdAt",
  o.session_id AS "sessionId"`;

const FROM = `
  FROM observations o
  JOIN people r ON r.org_id = o.org_id AND r.id = o.rep_id
  JOIN people w ON w.org_id = o.org_id AND w.id = o.observer_id
  JOIN behaviours b ON b.org_id = o.org_id AND b.id = o.behaviour_id
  JOIN stages st ON st.org_id = b.org_id AND st.id = b.stage_id`;

export type NewObservation = {
  repId: number; observerId: number; behaviourId: number; rating: number; evidence: string; source: string; observedAt: string;
};

export async function insertObservation(db: Db, orgId: number, o: NewObservation): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
  [orgId, o.repId, o.observerId, o.behaviourId, o.rating, o.evidence, o.source, o.observedAt]);
  return rows[0]!.id;
}

/** The session's observation of that behaviour, created or replaced. */
export async function upsertSessionObservation(db: Db, orgId: number, sessionId: number, o: NewObservation): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at, session_id)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (org_id, session_id, behaviour_id) DO UPDATE
      SET rating = excluded.rating, evidence = excluded.evidence, source = excluded.source,
          observed_at = excluded.observed_at, observer_id = excluded.observer_id
    RETURNING id`,
  [orgId, o.repId, o.observerId, o.behaviourId, o.rating, o.evidence, o.source, o.observedAt, sessionId]);
  return rows[0]!.id;
}

export async function findObservation(db: Db, orgId: number, id: number): Promise<ObservationRow | null> {
  const { rows } = await db.query<ObservationRow>(`SELECT ${COLUMNS} ${FROM} WHERE o.org_id = $1 AND o.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export async function deleteObservation(db: Db, orgId: number, id: number): Promise<void> {
  await db.query('DELETE FROM observations WHERE org_id = $1 AND id = $2', [orgId, id]);
}

export async function listRepObservations(
  db: Db, orgId: number, repId: number, page: { page: number; pageSize: number; behaviourId?: number },
): Promise<{ items: ObservationRow[]; total: number }> {
  const byBehaviour = page.behaviourId !== undefined;
  const filter = `o.org_id = $1 AND o.rep_id = $2${byBehaviour ? ' AND o.behaviour_id = $5' : ''}`;
  const params = [orgId, repId, page.pageSize, (page.page - 1) * page.pageSize, ...(byBehaviour ? [page.behaviourId] : [])];
  const [items, count] = await Promise.all([
    db.query<ObservationRow>(`SELECT ${COLUMNS} ${FROM} WHERE ${filter} ORDER BY o.observed_at DESC, o.id DESC LIMIT $3 OFFSET $4`, params),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM observations o WHERE ${filter.replace('$5', '$3')}`,
      byBehaviour ? [orgId, repId, page.behaviourId] : [orgId, repId]),
  ]);
  return { items: items.rows, total: count.rows[0]!.n };
}

export async function sessionObservations(db: Db, orgId: number, sessionId: number): Promise<ObservationRow[]> {
  const { rows } = await db.query<ObservationRow>(`SELECT ${COLUMNS} ${FROM} WHERE o.org_id = $1 AND o.session_id = $2 ORDER BY o.id`, [orgId, sessionId]);
  return rows;
}

export type BehaviourRef = { id: number; key: string; name: string; stageId: number; stageKind: string };

export async function findBehaviourRef(db: Db, orgId: number, id: number): Promise<BehaviourRef | null> {
  const { rows } = await db.query<BehaviourRef>(`
    SELECT b.id, b.key, b.name, b.stage_id AS "stageId", s.kind AS "stageKind"
    FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id WHERE b.org_id = $1 AND b.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

/** Every behaviour of the org's guide (key and name), for the Specify check. */
export async function orgBehaviourNames(db: Db, orgId: number): Promise<{ id: number; key: string; name: string }[]> {
  const { rows } = await db.query<{ id: number; key: string; name: string }>(`
    SELECT b.id, b.key, b.name FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id
    WHERE b.org_id = $1 ORDER BY s.position, b.position, b.id`, [orgId]);
  return rows;
}
