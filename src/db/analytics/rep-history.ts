// A rep's figures over time and per stage, for the rep page: a monthly trend of closed
// deals and time spent in each stage (median and p80), the rep's against the org's.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type MonthPoint = { month: string; won: number; closed: number; wonAmount: number };

/** Months from `from` to `to` (by close date) with the rep's closed deals; empty months omitted. */
export async function monthlyTrend(db: Db, orgId: number, repIds: readonly number[], from: string, to: string): Promise<MonthPoint[]> {
  const { rows } = await db.query<MonthPoint>(`
    SELECT to_char(date_trunc('month', closed_at), 'YYYY-MM') AS month,
      count(*) FILTER (WHERE outcome = 'won')::int AS won, count(*)::int AS closed,
      coalesce(sum(amount) FILTER (WHERE outcome = 'won'), 0)::float8 AS "wonAmount"
    FROM opportunities
    WHERE org_id = $1 AND owner_id = ANY($2::int[]) AND outcome <> 'open' AND closed_at BETWEEN $3::date AND $4::date
    GROUP BY 1 ORDER BY 1`, [orgId, repIds, from, to]);
  return rows;
}

export type StageTime = { stageOrd: number; entries: number; medianDays: number | null; p80Days: number | null };

/**
 * Days in each stage for entries made in the window and left by its end; `repIds` null for
 * the whole org. p80 is nearest-rank (percentile_disc), the median interpolates.
 */
export async function timeInStage(db: Db, orgId: number, repIds: readonly number[] | null, from: string, to: string): Promise<StageTime[]> {
  const { rows } = await db.query<StageTime>(`
    SELECT stage_ord AS "stageOrd", count(*)::int AS entries,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY exited_on - entered_on))::float8 AS "medianDays",
      (percentile_disc(0.8) WITHIN GROUP (ORDER BY exited_on - entered_on))::float8 AS "p80Days"
    FROM deal_stage_facts
    WHERE org_id = $1 AND reached_on BETWEEN $2::date AND $3::date AND entered_on BETWEEN $2::date AND $3::date
      AND exited_on <= $3::date ${repIds ? 'AND owner_id = ANY($4::int[])' : ''}
    GROUP BY stage_ord ORDER BY stage_ord`, repIds ? [orgId, from, to, repIds] : [orgId, from, to]);
  return rows;
}
