// What the coaching queue and gaps read from the coaching practice: the latest rating of
// each behaviour, the last held session, open commitments, and the guide's content.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type RatingRow = { repId: number; behaviourId: number; rating: number; observedAt: string };

export async function latestRatings(db: Db, orgId: number, repIds: readonly number[] | null, asOf: string): Promise<RatingRow[]> {
  const { rows } = await db.query<RatingRow>(`
    SELECT DISTINCT ON (rep_id, behaviour_id) rep_id AS "repId", behaviour_id AS "behaviourId", rating, observed_at AS "observedAt"
    FROM observations
    WHERE org_id = $1 AND observed_at <= $2::date ${repIds ? 'AND rep_id = ANY($3::int[])' : ''}
    ORDER BY rep_id, behaviour_id, observed_at DESC, id DESC`, repIds ? [orgId, asOf, repIds] : [orgId, asOf]);
  return rows;
}

export async function lastCoachedOn(db: Db, orgId: number, repIds: readonly number[], asOf: string): Promise<Map<number, string>> {
  const { rows } = await db.query<{ repId: number; last: string }>(`
    SELECT rep_id AS "repId", max(held_at)::date::text AS last FROM coaching_sessions
    WHERE org_id = $1 AND rep_id = ANY($2::int[]) AND status = 'held' AND held_at < $3::date + 1
    GROUP BY rep_id`, [orgId, repIds, asOf]);
  return new Map(rows.map((r) => [r.repId, r.last]));
}

export async function openCommitmentsDue(db: Db, orgId: number, repIds: readonly number[], byDate: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ repId: number; n: number }>(`
    SELECT rep_id AS "repId", count(*)::int AS n FROM commitments
    WHERE org_id = $1 AND rep_id = ANY($2::int[]) AND status = 'open' AND due_on <= $3::date
    GROUP BY rep_id`, [orgId, repIds, byDate]);
  return new Map(rows.map((r) => [r.repId, r.n]));
}

export type GuideBehaviour = { id: number; stageId: number; key: string; name: string; description: string };
export type GuideQuestion = { stageId: number; behaviourId: number | null; text: string };
export type StageGuide = { behaviours: readonly GuideBehaviour[]; questions: readonly GuideQuestion[] };
/** The guide of no stage (a team without reps, a rep without gaps). */
export const NO_GUIDE: StageGuide = { behaviours: [], questions: [] };

/** The behaviours and starter questions of the given stages; no query when there are none. */
export async function guideForStages(db: Db, orgId: number, stageIds: readonly number[]): Promise<StageGuide> {
  if (stageIds.length === 0) return NO_GUIDE;
  const [behaviours, questions] = await Promise.all([
    db.query<GuideBehaviour>(`
      SELECT id, stage_id AS "stageId", key, name, description FROM behaviours
      WHERE org_id = $1 AND stage_id = ANY($2::int[]) ORDER BY stage_id, position, id`, [orgId, stageIds]),
    db.query<GuideQuestion>(`
      SELECT stage_id AS "stageId", behaviour_id AS "behaviourId", text FROM starter_questions
      WHERE org_id = $1 AND stage_id = ANY($2::int[]) ORDER BY stage_id, position, id`, [orgId, stageIds]),
  ]);
  return { behaviours: behaviours.rows, questions: questions.rows };
}
