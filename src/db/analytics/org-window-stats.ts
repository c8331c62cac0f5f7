// Every rep's raw window figures for the org-wide analysis, read from the rollups
// (src/db/schema/rollups.ts, ADR 012) instead of the CRM tables: the same figures as
// window-stats.ts (tests/analytics/analytics-sql.test.ts checks both ways agree), reading
// a few hundred thousand index entries instead of millions of rows at 1M deals.
import type pg from 'pg';
import type { ClosedStats, OpenStats, StageStats } from '../../core/analytics/window-stats.ts';
import { closedStats, openStats, stageStats, type StatsQuery } from './window-stats.ts';

type Db = pg.Pool | pg.PoolClient;
type OrgQuery = Pick<StatsQuery, 'orgId' | 'from' | 'to' | 'prevFrom'>;

/**
 * Closed, open and stage figures of every rep of the org. The rollups exist once an import
 * has built them for the org (analytics_extents has its row); until then, and for the
 * stages of an analysis of the past, the CRM tables and facts are read (window-stats.ts).
 */
export async function orgWindowStats(db: Db, q: OrgQuery): Promise<{ closed: ClosedStats[]; open: OpenStats[]; stages: StageStats[] }> {
  const { rows: [extent] } = await db.query<{ through: string | null }>(
    'SELECT data_through::text AS through FROM analytics_extents WHERE org_id = $1', [q.orgId]);
  if (!extent) {
    const [closed, open, stages] = await Promise.all([closedStats(db, q), openStats(db, q), stageStats(db, q)]);
    return { closed, open, stages };
  }
  const current = extent.through === null || extent.through <= q.to;
  const [closed, open, stages] = await Promise.all([
    orgClosedStats(db, q), orgOpenStats(db, q), current ? orgStageStats(db, q) : stageStats(db, q),
  ]);
  return { closed, open, stages };
}

/** Closed deals of both windows per rep, from the covering index on deal_close_facts. */
export async function orgClosedStats(db: Db, q: OrgQuery): Promise<ClosedStats[]> {
  const { rows } = await db.query<ClosedStats>(`
    SELECT owner_id AS "repId",
      count(*) FILTER (WHERE cur AND outcome = 'won')::int AS "wonCount",
      count(*) FILTER (WHERE cur AND outcome = 'lost')::int AS "lostCount",
      count(*) FILTER (WHERE cur AND outcome = 'no_decision')::int AS "noDecisionCount",
      coalesce(sum(amount) FILTER (WHERE cur AND outcome = 'won'), 0)::float8 AS "wonAmount",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND amount IS NULL)::int AS "wonUnknown",
      coalesce(sum(amount) FILTER (WHERE cur), 0)::float8 AS "closedAmount",
      count(*) FILTER (WHERE cur AND amount IS NULL)::int AS "closedUnknown",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - start_on)
        FILTER (WHERE cur AND outcome = 'won' AND start_on IS NOT NULL))::float8 AS "cycleDaysMedian",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND start_on IS NOT NULL)::int AS "cycleSample",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND start_on IS NOT NULL AND NOT has_created)::int AS "cycleWithoutCreated",
      count(*) FILTER (WHERE NOT cur)::int AS "prevClosedCount",
      coalesce(sum(amount) FILTER (WHERE NOT cur AND outcome = 'won'), 0)::float8 AS "prevWonAmount",
      count(*) FILTER (WHERE NOT cur AND outcome = 'won' AND amount IS NULL)::int AS "prevWonUnknown"
    FROM (
      SELECT owner_id, outcome, amount, closed_on, start_on, has_created, closed_on >= $3::date AS cur
      FROM deal_close_facts
      WHERE org_id = $1 AND outcome <> 'open' AND closed_on BETWEEN $2::date AND $4::date
    ) d
    GROUP BY 1`, [q.orgId, q.prevFrom, q.from, q.to]);
  return rows;
}

/** Deals open as of `to` per rep: open now and started by then, or closed after it. */
export async function orgOpenStats(db: Db, q: OrgQuery): Promise<OpenStats[]> {
  const { rows } = await db.query<OpenStats>(`
    SELECT owner_id AS "repId", count(*)::int AS "openCount",
      coalesce(sum(amount), 0)::float8 AS "openAmount", count(*) FILTER (WHERE amount IS NULL)::int AS "openUnknown"
    FROM (
      SELECT owner_id, amount FROM deal_close_facts
      WHERE org_id = $1 AND outcome = 'open' AND coalesce(start_on, $2::date) <= $2::date
      UNION ALL
      SELECT owner_id, amount FROM deal_close_facts
      WHERE org_id = $1 AND outcome <> 'open' AND closed_on > $2::date AND coalesce(start_on, $2::date) <= $2::date
    ) d
    GROUP BY 1`, [q.orgId, q.to]);
  return rows;
}

/**
 * Per rep and open stage: the cohort that reached it in the window, converted and won, for
 * an analysis as of the org's data_through or later, when every advance and win is already
 * counted in the monthly rollups: whole months from `from` on come from rep_stage_months,
 * the days before the first whole month from the facts.
 */
export async function orgStageStats(db: Db, q: OrgQuery): Promise<StageStats[]> {
  const { rows } = await db.query<StageStats>(`
    WITH bounds AS (
      SELECT (date_trunc('month', ($2::date - 1)::timestamp) + interval '1 month')::date AS first_month
    )
    SELECT owner_id AS "repId", stage_ord::int AS "stageOrd", sum(cohort)::int AS cohort,
      sum(advanced)::int AS converted, sum(won)::int AS won
    FROM (
      SELECT owner_id, stage_ord, cohort, advanced, won FROM rep_stage_months
      WHERE org_id = $1 AND month >= (SELECT first_month FROM bounds) AND month <= $3::date
      UNION ALL
      SELECT owner_id, stage_ord, 1, (advanced_on IS NOT NULL)::int, (won_on IS NOT NULL)::int FROM deal_stage_facts
      WHERE org_id = $1 AND reached_on >= $2::date AND reached_on < (SELECT first_month FROM bounds) AND reached_on <= $3::date
    ) d
    GROUP BY 1, 2
    HAVING sum(cohort) > 0`, [q.orgId, q.from, q.to]);
  return rows;
}
