// Per-stage overrides of the stall thresholds (src/db/schema/stalls.ts); the org's default
// row has no stage.
import type pg from 'pg';
import type { ThresholdOverride } from '../../core/stalls/stall-thresholds.ts';

type Db = pg.Pool | pg.PoolClient;

const COLUMNS = `stage_id AS "stageId", days_in_stage_max AS "daysInStageMax", engage_days_max AS "engageDaysMax",
  inactive_days AS "inactiveDays", close_pushes_min AS "closePushesMin", engaged_min AS "engagedMin", late_stage AS "lateStage"`;

export async function listThresholdOverrides(db: Db, orgId: number): Promise<ThresholdOverride[]> {
  const { rows } = await db.query<ThresholdOverride>(
    `SELECT ${COLUMNS} FROM stall_thresholds WHERE org_id = $1 ORDER BY stage_id NULLS FIRST`, [orgId]);
  return rows;
}

/** Replaces the row of a stage (or the org's, stageId null); a row of nulls only is removed. */
export async function saveThresholdOverride(db: Db, orgId: number, row: ThresholdOverride, userId: number | null): Promise<void> {
  const values = [row.daysInStageMax, row.engageDaysMax, row.inactiveDays, row.closePushesMin, row.engagedMin, row.lateStage];
  if (values.every((v) => v === null)) {
    await db.query('DELETE FROM stall_thresholds WHERE org_id = $1 AND stage_id IS NOT DISTINCT FROM $2::int', [orgId, row.stageId]);
    return;
  }
  await db.query(`
    INSERT INTO stall_thresholds
      (org_id, stage_id, days_in_stage_max, engage_days_max, inactive_days, close_pushes_min, engaged_min, late_stage, updated_by)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT ON CONSTRAINT stall_thresholds_stage_uq DO UPDATE SET
      days_in_stage_max = excluded.days_in_stage_max, engage_days_max = excluded.engage_days_max,
      inactive_days = excluded.inactive_days, close_pushes_min = excluded.close_pushes_min,
      engaged_min = excluded.engaged_min, late_stage = excluded.late_stage,
      updated_by = excluded.updated_by, updated_at = now()`, [orgId, row.stageId, ...values, userId]);
}
