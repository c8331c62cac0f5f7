// Writes an exported coaching guide into an org (src/use-cases/coaching/restore-exported-guide.ts):
// behaviours matched by key, starter questions and stage conversion targets replaced. Set-based,
// in the caller's transaction. Rows naming a stage the org does not have are left out.
import type pg from 'pg';
import { CONVERSION_TARGET_PREFIX } from './coaching-guide.ts';

export type ExportedBehaviour = { stage: string; key: string; name: string; description: string; position: number };
export type ExportedQuestion = { stage: string; behaviour: string | null; text: string; position: number };
export type ExportedTarget = { stage: string; conversionTarget: number };

/** True when an admin has edited this org's guide here (a restore from an export does not count). */
export async function guideEditedHere(db: pg.PoolClient, orgId: number): Promise<boolean> {
  const { rows } = await db.query(`
    SELECT 1 FROM audit_log WHERE org_id = $1 AND action = 'guide_edited' AND coalesce(detail->>'change', '') <> 'restored_from_export' LIMIT 1`,
  [orgId]);
  return rows.length > 0;
}

/** Inserts or updates the behaviours by key; returns how many were written. */
export async function upsertBehaviours(db: pg.PoolClient, orgId: number, rows: readonly ExportedBehaviour[]): Promise<number> {
  const { rowCount } = await db.query(`
    INSERT INTO behaviours (org_id, stage_id, key, name, description, position)
    SELECT $1, st.id, r.key, r.name, r.description, r.position
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) WITH ORDINALITY AS r(stage, key, name, description, position, ord)
    JOIN stages st ON st.org_id = $1 AND st.key = r.stage
    ORDER BY r.ord
    ON CONFLICT (org_id, key) DO UPDATE SET stage_id = excluded.stage_id, name = excluded.name,
      description = excluded.description, position = excluded.position`,
  [orgId, rows.map((r) => r.stage), rows.map((r) => r.key), rows.map((r) => r.name), rows.map((r) => r.description), rows.map((r) => r.position)]);
  return rowCount ?? 0;
}

/**
 * Deletes the behaviours the export does not have, except those managers have rated (their
 * observations would go with them); returns the keys kept for that reason.
 */
export async function deleteBehavioursNotIn(db: pg.PoolClient, orgId: number, keys: readonly string[]): Promise<string[]> {
  await db.query(`
    DELETE FROM behaviours b WHERE b.org_id = $1 AND NOT (b.key = ANY($2::text[]))
      AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.org_id = b.org_id AND o.behaviour_id = b.id)`, [orgId, keys]);
  const { rows } = await db.query<{ key: string }>(
    'SELECT key FROM behaviours WHERE org_id = $1 AND NOT (key = ANY($2::text[])) ORDER BY key', [orgId, keys]);
  return rows.map((r) => r.key);
}

/** Replaces every starter question of the org; returns how many were written. */
export async function replaceQuestions(db: pg.PoolClient, orgId: number, rows: readonly ExportedQuestion[]): Promise<number> {
  await db.query('DELETE FROM starter_questions WHERE org_id = $1', [orgId]);
  const { rowCount } = await db.query(`
    INSERT INTO starter_questions (org_id, stage_id, behaviour_id, text, position)
    SELECT $1, st.id, b.id, r.text, r.position
    FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS r(stage, behaviour, text, position, ord)
    JOIN stages st ON st.org_id = $1 AND st.key = r.stage
    LEFT JOIN behaviours b ON b.org_id = $1 AND b.key = r.behaviour
    ORDER BY r.ord`,
  [orgId, rows.map((r) => r.stage), rows.map((r) => r.behaviour), rows.map((r) => r.text), rows.map((r) => r.position)]);
  return rowCount ?? 0;
}

/** Replaces the org's stage conversion targets; returns how many were written. */
export async function replaceConversionTargets(db: pg.PoolClient, orgId: number, rows: readonly ExportedTarget[]): Promise<number> {
  await db.query(`DELETE FROM kpi_targets WHERE org_id = $1 AND scope = 'org' AND starts_with(kpi, $2)`, [orgId, CONVERSION_TARGET_PREFIX]);
  const { rowCount } = await db.query(`
    INSERT INTO kpi_targets (org_id, kpi, scope, scope_id, value)
    SELECT $1, $2::text || st.key, 'org', NULL, r.value
    FROM unnest($3::text[], $4::float8[]) AS r(stage, value) JOIN stages st ON st.org_id = $1 AND st.key = r.stage`,
  [orgId, CONVERSION_TARGET_PREFIX, rows.map((r) => r.stage), rows.map((r) => r.conversionTarget)]);
  return rowCount ?? 0;
}
