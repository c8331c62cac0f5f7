// Writes to an org's coaching guide: stage names and expected days, conversion targets,
// behaviours and starter questions. The use-cases (src/use-cases/coaching/) validate first;
// a behaviour key taken meanwhile (a race) is skipped by the database, not duplicated.
import type pg from 'pg';
import { CONVERSION_TARGET_PREFIX, type GuideBehaviourRow, type GuideQuestionRow } from './coaching-guide.ts';

type Db = pg.Pool | pg.PoolClient;

export async function updateStage(db: Db, orgId: number, stageId: number, patch: { name?: string; expectedDays?: number | null }): Promise<void> {
  await db.query(`
    UPDATE stages SET name = CASE WHEN $3 THEN $4 ELSE name END, expected_days = CASE WHEN $5 THEN $6::int ELSE expected_days END
    WHERE org_id = $1 AND id = $2`,
  [orgId, stageId, patch.name !== undefined, patch.name ?? null, patch.expectedDays !== undefined, patch.expectedDays ?? null]);
}

/** Sets the org-wide conversion target of a stage, or removes it with `null`. */
export async function saveConversionTarget(db: Db, orgId: number, stageKey: string, value: number | null): Promise<void> {
  const kpi = `${CONVERSION_TARGET_PREFIX}${stageKey}`;
  if (value === null) {
    await db.query(`DELETE FROM kpi_targets WHERE org_id = $1 AND kpi = $2 AND scope = 'org'`, [orgId, kpi]);
    return;
  }
  await db.query(`
    INSERT INTO kpi_targets (org_id, kpi, scope, scope_id, value) VALUES ($1, $2, 'org', NULL, $3)
    ON CONFLICT ON CONSTRAINT kpi_targets_uq DO UPDATE SET value = excluded.value`, [orgId, kpi, value]);
}

/** Analyses are cached per data version (ADR 010): a new stage name or target must show. */
export async function bumpDataVersion(db: Db, orgId: number): Promise<void> {
  await db.query('UPDATE orgs SET data_version = data_version + 1 WHERE id = $1', [orgId]);
}

/** Appends behaviours to a stage in the order given; a key already taken is skipped (not returned). */
export async function insertBehaviours(
  db: Db, orgId: number, stageId: number, rows: readonly { key: string; name: string; description: string }[],
): Promise<GuideBehaviourRow[]> {
  if (rows.length === 0) return [];
  const { rows: inserted } = await db.query<GuideBehaviourRow>(`
    INSERT INTO behaviours (org_id, stage_id, key, name, description, position)
    SELECT $1, $2, r.key, r.name, r.description,
      coalesce((SELECT max(position) FROM behaviours WHERE org_id = $1 AND stage_id = $2), 0) + r.ord
    FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS r(key, name, description, ord)
    ON CONFLICT (org_id, key) DO NOTHING
    RETURNING id, stage_id AS "stageId", key, name, description, position`,
  [orgId, stageId, rows.map((r) => r.key), rows.map((r) => r.name), rows.map((r) => r.description)]);
  return inserted.sort((a, b) => a.position - b.position);
}

export async function updateBehaviour(db: Db, orgId: number, id: number, patch: { name?: string; description?: string }): Promise<void> {
  await db.query(`
    UPDATE behaviours SET name = coalesce($3, name), description = coalesce($4, description) WHERE org_id = $1 AND id = $2`,
  [orgId, id, patch.name ?? null, patch.description ?? null]);
}

/** Positions 1..n in the order of `ids` (every behaviour of the stage, checked by the caller). */
export async function reorderBehaviours(db: Db, orgId: number, stageId: number, ids: readonly number[]): Promise<void> {
  await db.query(`
    UPDATE behaviours b SET position = o.ord FROM unnest($3::int[]) WITH ORDINALITY AS o(id, ord)
    WHERE b.org_id = $1 AND b.stage_id = $2 AND b.id = o.id`, [orgId, stageId, ids]);
}

/**
 * Deletes a behaviour. Its questions stay, no longer tied to it; its observations go with it
 * (the schema cascades), so the caller asks before. Returns the questions unlinked.
 */
export async function deleteBehaviour(client: pg.PoolClient, orgId: number, id: number): Promise<number> {
  const unlinked = await client.query('UPDATE starter_questions SET behaviour_id = NULL WHERE org_id = $1 AND behaviour_id = $2', [orgId, id]);
  await client.query('DELETE FROM behaviours WHERE org_id = $1 AND id = $2', [orgId, id]);
  return unlinked.rowCount ?? 0;
}

export async function insertQuestions(
  db: Db, orgId: number, stageId: number, rows: readonly { text: string; behaviourId: number | null }[],
): Promise<GuideQuestionRow[]> {
  if (rows.length === 0) return [];
  const { rows: inserted } = await db.query<Omit<GuideQuestionRow, 'behaviourKey'>>(`
    INSERT INTO starter_questions (org_id, stage_id, behaviour_id, text, position)
    SELECT $1, $2, r.behaviour_id, r.text,
      coalesce((SELECT max(position) FROM starter_questions WHERE org_id = $1 AND stage_id = $2), 0) + r.ord
    FROM unnest($3::text[], $4::int[]) WITH ORDINALITY AS r(text, behaviour_id, ord)
    RETURNING id, stage_id AS "stageId", behaviour_id AS "behaviourId", text, position`,
  [orgId, stageId, rows.map((r) => r.text), rows.map((r) => r.behaviourId)]);
  const keys = await behaviourKeys(db, orgId, inserted.map((q) => q.behaviourId).filter((id): id is number => id !== null));
  return inserted.sort((a, b) => a.position - b.position)
    .map((q) => ({ ...q, behaviourKey: q.behaviourId === null ? null : keys.get(q.behaviourId) ?? null }));
}

async function behaviourKeys(db: Db, orgId: number, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: number; key: string }>('SELECT id, key FROM behaviours WHERE org_id = $1 AND id = ANY($2::int[])', [orgId, ids]);
  return new Map(rows.map((r) => [r.id, r.key]));
}

export async function updateQuestion(db: Db, orgId: number, id: number, patch: { text?: string; behaviourId?: number | null }): Promise<void> {
  await db.query(`
    UPDATE starter_questions SET text = coalesce($3, text), behaviour_id = CASE WHEN $4 THEN $5::int ELSE behaviour_id END
    WHERE org_id = $1 AND id = $2`, [orgId, id, patch.text ?? null, patch.behaviourId !== undefined, patch.behaviourId ?? null]);
}

/** Positions 1..n in the order of `ids` (every question of the stage, checked by the caller). */
export async function reorderQuestions(db: Db, orgId: number, stageId: number, ids: readonly number[]): Promise<void> {
  await db.query(`
    UPDATE starter_questions q SET position = o.ord FROM unnest($3::int[]) WITH ORDINALITY AS o(id, ord)
    WHERE q.org_id = $1 AND q.stage_id = $2 AND q.id = o.id`, [orgId, stageId, ids]);
}

export async function deleteQuestion(db: Db, orgId: number, id: number): Promise<void> {
  await db.query('DELETE FROM starter_questions WHERE org_id = $1 AND id = $2', [orgId, id]);
}
