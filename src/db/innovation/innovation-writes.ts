// Writes to the innovation library: a capture, and a reuse (counted once per deal).
import type pg from 'pg';
import { isoTimestamp } from '../queries/coaching-sessions.ts';
import type { ObstacleCategoryValue, OutcomeValue } from './co-creation-rows.ts';

type Db = pg.Pool | pg.PoolClient;

export type NewInnovation = {
  title: string; segment: string | null; obstacleCategory: ObstacleCategoryValue; situation: string; approach: string; lesson: string;
  result: OutcomeValue; sourceDealId: number | null; sourceSessionId: number | null; authorId: number; createdAt?: string;
};

export async function insertInnovation(db: Db, orgId: number, i: NewInnovation): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO innovations (org_id, title, segment, obstacle_category, situation, approach, lesson, result,
      source_opportunity_id, source_session_id, author_id, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::timestamptz, now())) RETURNING id`,
  [orgId, i.title, i.segment, i.obstacleCategory, i.situation, i.approach, i.lesson, i.result,
    i.sourceDealId, i.sourceSessionId, i.authorId, i.createdAt ?? null]);
  return rows[0]!.id;
}

export type UseRow = {
  id: number; usedAt: string; byId: number | null; byName: string | null;
  dealId: number; dealName: string; dealOwnerId: number; sessionId: number | null;
};

const USE_SELECT = `
  SELECT u.id, ${isoTimestamp('u.used_at')} AS "usedAt", u.used_by AS "byId", b.name AS "byName",
    u.opportunity_id AS "dealId", o.name AS "dealName", o.owner_id AS "dealOwnerId", u.session_id AS "sessionId"
  FROM innovation_uses u
  JOIN opportunities o ON o.org_id = u.org_id AND o.id = u.opportunity_id
  LEFT JOIN people b ON b.org_id = u.org_id AND b.id = u.used_by`;

/** Records a reuse; when this deal already counted, answers the existing one with created false. */
export async function insertUse(
  db: Db, orgId: number, use: { innovationId: number; dealId: number; sessionId: number | null; usedBy: number | null },
): Promise<{ id: number; created: boolean }> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO innovation_uses (org_id, innovation_id, opportunity_id, session_id, used_by) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (org_id, innovation_id, opportunity_id) DO NOTHING RETURNING id`,
  [orgId, use.innovationId, use.dealId, use.sessionId, use.usedBy]);
  if (rows[0]) return { id: rows[0].id, created: true };
  const { rows: [existing] } = await db.query<{ id: number }>(
    'SELECT id FROM innovation_uses WHERE org_id = $1 AND innovation_id = $2 AND opportunity_id = $3', [orgId, use.innovationId, use.dealId]);
  return { id: existing!.id, created: false };
}

export async function listUses(db: Db, orgId: number, innovationId: number): Promise<UseRow[]> {
  const { rows } = await db.query<UseRow>(`${USE_SELECT} WHERE u.org_id = $1 AND u.innovation_id = $2 ORDER BY u.used_at DESC, u.id DESC`,
    [orgId, innovationId]);
  return rows;
}

export async function findUse(db: Db, orgId: number, id: number): Promise<UseRow | null> {
  const { rows } = await db.query<UseRow>(`${USE_SELECT} WHERE u.org_id = $1 AND u.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

/** Innovations marked as used in a session. */
export async function usesInSession(db: Db, orgId: number, sessionId: number): Promise<{ id: number; title: string }[]> {
  const { rows } = await db.query<{ id: number; title: string }>(`
    SELECT i.id, i.title FROM innovation_uses u JOIN innovations i ON i.org_id = u.org_id AND i.id = u.innovation_id
    WHERE u.org_id = $1 AND u.session_id = $2 ORDER BY u.used_at, u.id`, [orgId, sessionId]);
  return rows;
}
