// What an analysis needs besides the window figures: the reps, the open stages, the org's
// targets, whether stage history exists, the data's last date and the data version.
import type pg from 'pg';
import type { RepPerson } from '../../core/analytics/analyse-reps.ts';
import type { OpenStage } from '../../core/analytics/stage-conversion.ts';

type Db = pg.Pool | pg.PoolClient;

export async function listRepPeople(db: Db, orgId: number): Promise<RepPerson[]> {
  const { rows } = await db.query<RepPerson>(`
    SELECT p.id, p.external_id AS "externalId", p.name, p.role, p.manager_id AS "managerId",
           m.name AS "managerName", p.hired_at AS "hiredAt"
    FROM people p LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id
    WHERE p.org_id = $1 AND p.role = 'rep' AND p.active
    ORDER BY p.name, p.id`, [orgId]);
  return rows;
}

export async function listOpenStages(db: Db, orgId: number): Promise<OpenStage[]> {
  const { rows } = await db.query<OpenStage>(`
    SELECT (row_number() OVER (ORDER BY position, id))::int AS ord, id AS "stageId", key, name
    FROM stages WHERE org_id = $1 AND kind = 'open' ORDER BY position, id`, [orgId]);
  return rows;
}

export async function hasStageHistory(db: Db, orgId: number): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM deal_stage_facts WHERE org_id = $1) AS any', [orgId]);
  return rows[0]!.any;
}

export async function orgTargets(db: Db, orgId: number): Promise<Map<string, number>> {
  const { rows } = await db.query<{ kpi: string; value: number }>(
    `SELECT kpi, value FROM kpi_targets WHERE org_id = $1 AND scope = 'org'`, [orgId]);
  return new Map(rows.map((r) => [r.kpi, r.value]));
}

/** The last date anything happened in the org's CRM data (null when there is none). */
export async function latestDataDate(db: Db, orgId: number): Promise<string | null> {
  const { rows } = await db.query<{ latest: string | null }>(`
    SELECT greatest(
      (SELECT max(closed_at) FROM opportunities WHERE org_id = $1),
      (SELECT max(created_at) FROM opportunities WHERE org_id = $1),
      (SELECT max(engaged_at) FROM opportunities WHERE org_id = $1),
      (SELECT max(reached_on) FROM deal_stage_facts WHERE org_id = $1),
      (SELECT max(occurred_at)::date FROM activities WHERE org_id = $1)
    )::text AS latest`, [orgId]);
  return rows[0]!.latest;
}

export async function dataVersion(db: Db, orgId: number): Promise<number> {
  const { rows } = await db.query<{ v: number }>('SELECT data_version AS v FROM orgs WHERE id = $1', [orgId]);
  return rows[0]?.v ?? 0;
}
