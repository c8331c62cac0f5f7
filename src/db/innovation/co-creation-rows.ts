// A co-creation session: its coaching_sessions row (who, when, status) joined with its own
// part in co_creations (obstacle, decision, outcome) and the innovation captured from it.
import type pg from 'pg';
import { isoTimestamp } from '../queries/coaching-sessions.ts';

type Db = pg.Pool | pg.PoolClient;

export type ObstacleCategoryValue =
  'price_budget' | 'status_quo' | 'competing_priority' | 'stakeholder_resistance' | 'risk_compliance' | 'timing' | 'technical_fit' | 'other';
export type OutcomeValue = 'won' | 'advanced' | 'no_change';
export type StepValue = 'investigate' | 'create' | 'share';
export type SessionStatusValue = 'planned' | 'held' | 'cancelled' | 'missed';

export type CoCreationRow = {
  id: number; status: SessionStatusValue; step: StepValue;
  managerId: number; managerName: string; repId: number; repName: string;
  dealId: number; dealName: string; createdAt: string; heldAt: string | null; date: string;
  obstacleCategory: ObstacleCategoryValue | null; obstacle: string | null; decision: string | null;
  outcomeResult: OutcomeValue | null; outcomeNote: string | null; outcomeOn: string | null;
  outcomeById: number | null; outcomeByName: string | null;
  innovationId: number | null; innovationTitle: string | null;
  ideas: number; chosen: number;
};

const SELECT = `
  SELECT s.id, s.status, c.step, s.manager_id AS "managerId", m.name AS "managerName",
    o.owner_id AS "repId", r.name AS "repName", c.opportunity_id AS "dealId", o.name AS "dealName",
    ${isoTimestamp('s.created_at')} AS "createdAt", ${isoTimestamp('s.held_at')} AS "heldAt",
    to_char(coalesce(s.held_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date,
    c.obstacle_category AS "obstacleCategory", c.obstacle, c.decision,
    c.outcome_result AS "outcomeResult", c.outcome_note AS "outcomeNote", c.outcome_on::text AS "outcomeOn",
    c.outcome_by AS "outcomeById", ob.name AS "outcomeByName",
    i.id AS "innovationId", i.title AS "innovationTitle",
    (SELECT count(*)::int FROM co_creation_ideas d WHERE d.org_id = c.org_id AND d.session_id = c.session_id) AS ideas,
    (SELECT count(*)::int FROM co_creation_ideas d WHERE d.org_id = c.org_id AND d.session_id = c.session_id AND d.chosen) AS chosen
  FROM co_creations c
  JOIN coaching_sessions s ON s.org_id = c.org_id AND s.id = c.session_id
  JOIN opportunities o ON o.org_id = c.org_id AND o.id = c.opportunity_id
  JOIN people m ON m.org_id = s.org_id AND m.id = s.manager_id
  JOIN people r ON r.org_id = o.org_id AND r.id = o.owner_id
  LEFT JOIN people ob ON ob.org_id = c.org_id AND ob.id = c.outcome_by
  LEFT JOIN innovations i ON i.org_id = c.org_id AND i.source_session_id = c.session_id`;

export async function insertCoCreation(
  db: Db, orgId: number, row: { sessionId: number; dealId: number; obstacleCategory: ObstacleCategoryValue | null; obstacle: string | null },
): Promise<void> {
  await db.query(`INSERT INTO co_creations (org_id, session_id, opportunity_id, obstacle_category, obstacle) VALUES ($1, $2, $3, $4, $5)`,
    [orgId, row.sessionId, row.dealId, row.obstacleCategory, row.obstacle]);
}

export async function findCoCreation(db: Db, orgId: number, sessionId: number): Promise<CoCreationRow | null> {
  const { rows } = await db.query<CoCreationRow>(`${SELECT} WHERE c.org_id = $1 AND c.session_id = $2`, [orgId, sessionId]);
  return rows[0] ?? null;
}

/** Sessions on one deal, or on the deals of these owners (null: every owner), newest first. */
export async function listCoCreations(
  db: Db, orgId: number, filter: { dealId?: number; ownerIds: readonly number[] | null },
): Promise<CoCreationRow[]> {
  const params: unknown[] = [orgId];
  const where = ['c.org_id = $1'];
  if (filter.dealId !== undefined) { params.push(filter.dealId); where.push(`c.opportunity_id = $${params.length}`); }
  if (filter.ownerIds !== null) { params.push(filter.ownerIds); where.push(`o.owner_id = ANY($${params.length}::int[])`); }
  const { rows } = await db.query<CoCreationRow>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT 200`, params);
  return rows;
}

const PATCHABLE = {
  step: 'step', obstacleCategory: 'obstacle_category', obstacle: 'obstacle', decision: 'decision',
  outcomeResult: 'outcome_result', outcomeNote: 'outcome_note', outcomeOn: 'outcome_on', outcomeBy: 'outcome_by',
} as const;
export type CoCreationPatch = Partial<Record<keyof typeof PATCHABLE, string | number | null>>;

export async function updateCoCreation(db: Db, orgId: number, sessionId: number, patch: CoCreationPatch): Promise<void> {
  const fields = (Object.keys(PATCHABLE) as (keyof typeof PATCHABLE)[]).filter((k) => patch[k] !== undefined);
  await db.query(`UPDATE co_creations SET ${[...fields.map((k, i) => `${PATCHABLE[k]} = $${i + 3}`), 'updated_at = now()'].join(', ')}
    WHERE org_id = $1 AND session_id = $2`, [orgId, sessionId, ...fields.map((k) => patch[k])]);
}
