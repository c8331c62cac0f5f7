// Snoozes (src/db/schema/stalls.ts): one current snooze per deal, replaced by a new one.
import type pg from 'pg';
import type { Snooze } from '../../core/stalls/detect-stalls.ts';

type Db = pg.Pool | pg.PoolClient;

/** The snoozes of the given deals (all the org's when null), by deal id, with who set them. */
export async function snoozesOfDeals(db: Db, orgId: number, dealIds: readonly number[] | null): Promise<Map<number, Snooze>> {
  const { rows } = await db.query<Snooze & { opportunityId: number }>(`
    SELECT s.opportunity_id AS "opportunityId", s.until::text AS until, s.reason,
      coalesce(p.name, u.email) AS "createdBy",
      to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
    FROM deal_snoozes s
    LEFT JOIN users u ON u.org_id = s.org_id AND u.id = s.created_by
    LEFT JOIN people p ON p.org_id = u.org_id AND p.id = u.person_id
    WHERE s.org_id = $1 ${dealIds ? 'AND s.opportunity_id = ANY($2::int[])' : ''}`, dealIds ? [orgId, dealIds] : [orgId]);
  return new Map(rows.map(({ opportunityId, ...snooze }) => [opportunityId, snooze]));
}

export async function saveSnooze(
  db: Db, orgId: number, dealId: number, snooze: { until: string; reason: string }, userId: number | null,
): Promise<Snooze> {
  await db.query(`
    INSERT INTO deal_snoozes (org_id, opportunity_id, until, reason, created_by) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (org_id, opportunity_id) DO UPDATE
      SET until = excluded.until, reason = excluded.reason, created_by = excluded.created_by, created_at = now()`,
  [orgId, dealId, snooze.until, snooze.reason, userId]);
  return (await snoozesOfDeals(db, orgId, [dealId])).get(dealId)!;
}

/** True when there was a snooze to remove. */
export async function deleteSnooze(db: Db, orgId: number, dealId: number): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM deal_snoozes WHERE org_id = $1 AND opportunity_id = $2', [orgId, dealId]);
  return (rowCount ?? 0) > 0;
}

export type SnoozeTarget = { id: number; ownerId: number; outcome: string };

export async function findSnoozeTarget(db: Db, orgId: number, dealId: number): Promise<SnoozeTarget | null> {
  const { rows } = await db.query<SnoozeTarget>(
    'SELECT id, owner_id AS "ownerId", outcome FROM opportunities WHERE org_id = $1 AND id = $2', [orgId, dealId]);
  return rows[0] ?? null;
}
