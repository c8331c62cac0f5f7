// Reads an org's coaching guide (SPEC §4.7): its open stages in process order, their
// behaviours and starter questions, and the stage conversion targets the admin set
// (kpi_targets `stage_conversion:<stage key>`, scope org). Four set-based queries.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type GuideStageRow = { id: number; key: string; name: string; position: number; expectedDays: number | null };
export type GuideBehaviourRow = { id: number; stageId: number; key: string; name: string; description: string; position: number };
export type GuideQuestionRow = {
  id: number; stageId: number; behaviourId: number | null; behaviourKey: string | null; text: string; position: number;
};

export type GuideRows = {
  stages: GuideStageRow[];
  /** With the number of observations that rate each behaviour (deleting one deletes them). */
  behaviours: (GuideBehaviourRow & { observations: number })[];
  questions: GuideQuestionRow[];
  /** Stage key → the conversion target, a fraction. */
  conversionTargets: Map<string, number>;
};

export const CONVERSION_TARGET_PREFIX = 'stage_conversion:';

const STAGE_COLUMNS = 'id, key, name, position, expected_days AS "expectedDays"';
const BEHAVIOUR_COLUMNS = 'b.id, b.stage_id AS "stageId", b.key, b.name, b.description, b.position';
const QUESTION_COLUMNS = `q.id, q.stage_id AS "stageId", q.behaviour_id AS "behaviourId", b.key AS "behaviourKey", q.text, q.position`;

export async function readGuideRows(db: Db, orgId: number): Promise<GuideRows> {
  const readStages = () =>
    db.query<GuideStageRow>(`SELECT ${STAGE_COLUMNS} FROM stages WHERE org_id = $1 AND kind = 'open' ORDER BY position, id`, [orgId]);
  const readBehaviours = () =>
    db.query<GuideBehaviourRow & { observations: number }>(`
      SELECT ${BEHAVIOUR_COLUMNS}, coalesce(o.n, 0)::int AS observations
      FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id
      LEFT JOIN (SELECT behaviour_id, count(*) AS n FROM observations WHERE org_id = $1 GROUP BY behaviour_id) o ON o.behaviour_id = b.id
      WHERE b.org_id = $1 AND s.kind = 'open' ORDER BY b.stage_id, b.position, b.id`, [orgId]);
  const readQuestions = () =>
    db.query<GuideQuestionRow>(`
      SELECT ${QUESTION_COLUMNS} FROM starter_questions q
      JOIN stages s ON s.org_id = q.org_id AND s.id = q.stage_id
      LEFT JOIN behaviours b ON b.org_id = q.org_id AND b.id = q.behaviour_id
      WHERE q.org_id = $1 AND s.kind = 'open' ORDER BY q.stage_id, q.position, q.id`, [orgId]);
  const readTargets = () =>
    db.query<{ kpi: string; value: number }>(
      `SELECT kpi, value FROM kpi_targets WHERE org_id = $1 AND scope = 'org' AND starts_with(kpi, $2)`, [orgId, CONVERSION_TARGET_PREFIX]);
  // A transaction's client runs one query at a time (pg deprecates queueing on it); a pool runs them side by side.
  const [stages, behaviours, questions, targets] = 'release' in db
    ? [await readStages(), await readBehaviours(), await readQuestions(), await readTargets()] as const
    : await Promise.all([readStages(), readBehaviours(), readQuestions(), readTargets()]);
  return {
    stages: stages.rows,
    behaviours: behaviours.rows,
    questions: questions.rows,
    conversionTargets: new Map(targets.rows.map((t) => [t.kpi.slice(CONVERSION_TARGET_PREFIX.length), t.value])),
  };
}

export async function findOpenStage(db: Db, orgId: number, stageId: number): Promise<GuideStageRow | null> {
  const { rows } = await db.query<GuideStageRow>(
    `SELECT ${STAGE_COLUMNS} FROM stages WHERE org_id = $1 AND id = $2 AND kind = 'open'`, [orgId, stageId]);
  return rows[0] ?? null;
}

/** Every stage's name (open or not), to keep names unique in the process. */
export async function stageNames(db: Db, orgId: number): Promise<{ id: number; name: string }[]> {
  const { rows } = await db.query<{ id: number; name: string }>('SELECT id, name FROM stages WHERE org_id = $1', [orgId]);
  return rows;
}

export async function stageBehaviours(db: Db, orgId: number, stageId: number): Promise<GuideBehaviourRow[]> {
  const { rows } = await db.query<GuideBehaviourRow>(
    `SELECT ${BEHAVIOUR_COLUMNS} FROM behaviours b WHERE b.org_id = $1 AND b.stage_id = $2 ORDER BY b.position, b.id`, [orgId, stageId]);
  return rows;
}

export async function stageQuestions(db: Db, orgId: number, stageId: number): Promise<GuideQuestionRow[]> {
  const { rows } = await db.query<GuideQuestionRow>(`
    SELECT ${QUESTION_COLUMNS} FROM starter_questions q LEFT JOIN behaviours b ON b.org_id = q.org_id AND b.id = q.behaviour_id
    WHERE q.org_id = $1 AND q.stage_id = $2 ORDER BY q.position, q.id`, [orgId, stageId]);
  return rows;
}

/** A behaviour of an open stage, with its stage's key. */
export async function findBehaviour(db: Db, orgId: number, id: number): Promise<(GuideBehaviourRow & { stageKey: string }) | null> {
  const { rows } = await db.query<GuideBehaviourRow & { stageKey: string }>(`
    SELECT ${BEHAVIOUR_COLUMNS}, s.key AS "stageKey" FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id
    WHERE b.org_id = $1 AND b.id = $2 AND s.kind = 'open'`, [orgId, id]);
  return rows[0] ?? null;
}

/** A starter question of an open stage. */
export async function findQuestion(db: Db, orgId: number, id: number): Promise<GuideQuestionRow | null> {
  const { rows } = await db.query<GuideQuestionRow>(`
    SELECT ${QUESTION_COLUMNS} FROM starter_questions q
    JOIN stages s ON s.org_id = q.org_id AND s.id = q.stage_id
    LEFT JOIN behaviours b ON b.org_id = q.org_id AND b.id = q.behaviour_id
    WHERE q.org_id = $1 AND q.id = $2 AND s.kind = 'open'`, [orgId, id]);
  return rows[0] ?? null;
}

export async function behaviourKeyTaken(db: Db, orgId: number, key: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM behaviours WHERE org_id = $1 AND key = $2', [orgId, key]);
  return rows.length > 0;
}

export async function countObservations(db: Db, orgId: number, behaviourId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM observations WHERE org_id = $1 AND behaviour_id = $2', [orgId, behaviourId]);
  return rows[0]!.n;
}

export async function orgNameOf(db: Db, orgId: number): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM orgs WHERE id = $1', [orgId]);
  return rows[0]?.name ?? null;
}

export async function conversionTargetOf(db: Db, orgId: number, stageKey: string): Promise<number | null> {
  const { rows } = await db.query<{ value: number }>(
    `SELECT value FROM kpi_targets WHERE org_id = $1 AND kpi = $2 AND scope = 'org'`, [orgId, `${CONVERSION_TARGET_PREFIX}${stageKey}`]);
  return rows[0]?.value ?? null;
}
