// Gives the stages of the default process the default coaching guide's behaviours and
// starter questions (src/core/coaching/default-guide.ts), once: a stage that already has
// behaviours or questions keeps what the org has (it may have edited them). Stages of an
// imported process with other keys get none; the admin maps or adds them (SPEC §4.7).
import type pg from 'pg';
import { DEFAULT_GUIDE } from '../../core/coaching/default-guide.ts';

export async function seedDefaultGuide(client: pg.PoolClient, orgId: number): Promise<void> {
  const behaviours = DEFAULT_GUIDE.flatMap((stage) => stage.behaviours.map((b, i) => ({ stage: stage.stageKey, ...b, position: i + 1 })));
  await client.query(`
    INSERT INTO behaviours (org_id, stage_id, key, name, description, position)
    SELECT $1, st.id, b.key, b.name, b.description, b.position
    FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS b(stage, key, name, description, position)
    JOIN stages st ON st.org_id = $1 AND st.key = b.stage
    WHERE NOT EXISTS (SELECT 1 FROM behaviours x WHERE x.org_id = $1 AND x.stage_id = st.id)
    ON CONFLICT (org_id, key) DO NOTHING`,
  [orgId, behaviours.map((b) => b.stage), behaviours.map((b) => b.key), behaviours.map((b) => b.name),
    behaviours.map((b) => b.description), behaviours.map((b) => b.position)]);
  const questions = DEFAULT_GUIDE.flatMap((stage) => stage.questions.map((q, i) => ({
    stage: stage.stageKey, text: q.text, behaviourKey: q.behaviourKey ?? null, position: i + 1,
  })));
  await client.query(`
    INSERT INTO starter_questions (org_id, stage_id, behaviour_id, text, position)
    SELECT $1, st.id, b.id, q.text, q.position
    FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS q(stage, text, behaviour_key, position)
    JOIN stages st ON st.org_id = $1 AND st.key = q.stage
    LEFT JOIN behaviours b ON b.org_id = $1 AND b.key = q.behaviour_key
    WHERE NOT EXISTS (SELECT 1 FROM starter_questions x WHERE x.org_id = $1 AND x.stage_id = st.id)`,
  [orgId, questions.map((q) => q.stage), questions.map((q) => q.text), questions.map((q) => q.behaviourKey),
    questions.map((q) => q.position)]);
}
