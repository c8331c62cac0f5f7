// A deal's stays in each stage and its close-date changes, up to a date, oldest first.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;
type StageKind = 'open' | 'won' | 'lost' | 'no_decision';

export type StageStayRow = {
  stageId: number; key: string; name: string; kind: StageKind; enteredOn: string; leftOn: string | null; days: number;
};

export async function listStageStays(db: Db, orgId: number, dealId: number, asOf: string): Promise<StageStayRow[]> {
  const { rows } = await db.query<StageStayRow>(`
    WITH h AS (
      SELECT sh.stage_id, sh.entered_at,
        lead(sh.entered_at) OVER (ORDER BY sh.entered_at, sh.stage_id) AS left_at
      FROM stage_history sh
      WHERE sh.org_id = $1 AND sh.opportunity_id = $2 AND sh.entered_at < $3::date + 1)
    SELECT st.id AS "stageId", st.key, st.name, st.kind, h.entered_at::date::text AS "enteredOn", h.left_at::date::text AS "leftOn",
      CASE WHEN st.kind <> 'open' THEN 0 ELSE (coalesce(h.left_at::date, $3::date) - h.entered_at::date) END AS days
    FROM h JOIN stages st ON st.org_id = $1 AND st.id = h.stage_id
    ORDER BY h.entered_at, st.position`, [orgId, dealId, asOf]);
  return rows;
}

export type CloseDateChangeRow = { changedOn: string; from: string | null; to: string | null };

export async function listCloseDateChanges(db: Db, orgId: number, dealId: number, asOf: string): Promise<CloseDateChangeRow[]> {
  const { rows } = await db.query<CloseDateChangeRow>(`
    SELECT changed_at::date::text AS "changedOn", old_value AS "from", new_value AS "to"
    FROM field_history
    WHERE org_id = $1 AND opportunity_id = $2 AND field = 'expectedCloseAt' AND changed_at < $3::date + 1
    ORDER BY changed_at`, [orgId, dealId, asOf]);
  return rows;
}
