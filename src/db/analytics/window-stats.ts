// The raw per-rep figures of an analysis window, straight from SQL: counts and sums the
// pure core (src/core/analytics/rep-kpis.ts) turns into KPIs. Each query reads only the
// rows of the window through an index; `repIds` narrows every query to some reps (a
// manager's team) so that a team's figures never scan the whole org.
import type pg from 'pg';
import type { ClosedStats, OpenStats, ActivityStats, QuotaRow, StageStats } from '../../core/analytics/window-stats.ts';

export type StatsQuery = {
  orgId: number;
  /** Current window [from, to] and the previous one [prevFrom, from - 1], ISO dates. */
  from: string;
  to: string;
  prevFrom: string;
  repIds?: readonly number[];
  /** One row for all the (selected) reps together, repId null: a team's or the org's figures. */
  total?: boolean;
};

const group = (q: StatsQuery, column: string) => (q.total ? 'NULL::int' : column);

const repFilter = (column: string, q: StatsQuery, param: number) =>
  q.repIds ? `AND ${column} = ANY($${param}::int[])` : '';
const repParam = (q: StatsQuery) => (q.repIds ? [q.repIds] : []);

export async function closedStats(db: pg.Pool | pg.PoolClient, q: StatsQuery): Promise<ClosedStats[]> {
  const { rows } = await db.query<ClosedStats>(`
    SELECT ${group(q, 'owner_id')} AS "repId",
      count(*) FILTER (WHERE cur AND outcome = 'won')::int AS "wonCount",
      count(*) FILTER (WHERE cur AND outcome = 'lost')::int AS "lostCount",
      count(*) FILTER (WHERE cur AND outcome = 'no_decision')::int AS "noDecisionCount",
      coalesce(sum(amount) FILTER (WHERE cur AND outcome = 'won'), 0)::float8 AS "wonAmount",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND amount IS NULL)::int AS "wonUnknown",
      coalesce(sum(amount) FILTER (WHERE cur), 0)::float8 AS "closedAmount",
      count(*) FILTER (WHERE cur AND amount IS NULL)::int AS "closedUnknown",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_at - start)
        FILTER (WHERE cur AND outcome = 'won' AND start IS NOT NULL))::float8 AS "cycleDaysMedian",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND start IS NOT NULL)::int AS "cycleSample",
      count(*) FILTER (WHERE cur AND outcome = 'won' AND start IS NOT NULL AND created_at IS NULL)::int AS "cycleWithoutCreated",
      count(*) FILTER (WHERE NOT cur)::int AS "prevClosedCount",
      coalesce(sum(amount) FILTER (WHERE NOT cur AND outcome = 'won'), 0)::float8 AS "prevWonAmount",
      count(*) FILTER (WHERE NOT cur AND outcome = 'won' AND amount IS NULL)::int AS "prevWonUnknown"
    FROM (
      SELECT o.owner_id, o.outcome, o.amount, o.created_at, o.closed_at, o.closed_at >= $3::date AS cur,
        CASE WHEN o.outcome = 'won' THEN coalesce(o.created_at, o.engaged_at,
          (SELECT min(f.reached_on) FROM deal_stage_facts f WHERE f.org_id = o.org_id AND f.opportunity_id = o.id))
        END AS start
      FROM opportunities o
      WHERE o.org_id = $1 AND o.closed_at BETWEEN $2::date AND $4::date AND o.outcome <> 'open'
        ${repFilter('o.owner_id', q, 5)}
    ) d
    GROUP BY 1`, [q.orgId, q.prevFrom, q.from, q.to, ...repParam(q)]);
  return rows;
}

/** Deals open as of `to`: not closed by then, and started by then (or start unknown). */
export async function openStats(db: pg.Pool | pg.PoolClient, q: StatsQuery): Promise<OpenStats[]> {
  const { rows } = await db.query<OpenStats>(`
    SELECT ${group(q, 'owner_id')} AS "repId", count(*)::int AS "openCount",
      coalesce(sum(amount), 0)::float8 AS "openAmount", count(*) FILTER (WHERE amount IS NULL)::int AS "openUnknown"
    FROM opportunities o
    WHERE o.org_id = $1 AND (o.outcome = 'open' OR o.closed_at > $2::date)
      AND coalesce(o.created_at, o.engaged_at,
        (SELECT min(f.reached_on) FROM deal_stage_facts f WHERE f.org_id = o.org_id AND f.opportunity_id = o.id),
        $2::date) <= $2::date
      ${repFilter('o.owner_id', q, 3)}
    GROUP BY 1`, [q.orgId, q.to, ...repParam(q)]);
  return rows;
}

export async function activityStats(db: pg.Pool | pg.PoolClient, q: StatsQuery): Promise<{ orgHasActivities: boolean; rows: ActivityStats[] }> {
  const any = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM activities WHERE org_id = $1) AS any', [q.orgId]);
  if (!any.rows[0]!.any) return { orgHasActivities: false, rows: [] };
  const { rows } = await db.query<ActivityStats>(`
    SELECT person_id AS "repId", type, count(*)::int AS count,
      count(*) FILTER (WHERE connected IS NOT NULL)::int AS "connectKnown",
      count(*) FILTER (WHERE connected = 'yes')::int AS connected
    FROM activities
    WHERE org_id = $1 AND occurred_at >= $2::date AND occurred_at < $3::date + 1 ${repFilter('person_id', q, 4)}
    GROUP BY person_id, type`, [q.orgId, q.from, q.to, ...repParam(q)]);
  return { orgHasActivities: true, rows };
}

export async function quotaRows(db: pg.Pool | pg.PoolClient, q: StatsQuery): Promise<QuotaRow[]> {
  const { rows } = await db.query<QuotaRow>(`
    SELECT person_id AS "repId", period_start AS "periodStart", period_end AS "periodEnd", amount::float8 AS amount
    FROM quotas WHERE org_id = $1 AND period_start <= $3::date AND period_end >= $2::date ${repFilter('person_id', q, 4)}`,
  [q.orgId, q.prevFrom, q.to, ...repParam(q)]);
  return rows;
}

/** Per rep and open stage: the cohort that reached it in the window, converted and won by `to`. */
export async function stageStats(db: pg.Pool | pg.PoolClient, q: StatsQuery): Promise<StageStats[]> {
  const { rows } = await db.query<StageStats>(`
    SELECT ${group(q, 'owner_id')} AS "repId", stage_ord AS "stageOrd", count(*)::int AS cohort,
      count(*) FILTER (WHERE advanced_on <= $3::date)::int AS converted,
      count(*) FILTER (WHERE won_on <= $3::date)::int AS won
    FROM deal_stage_facts
    WHERE org_id = $1 AND reached_on BETWEEN $2::date AND $3::date ${repFilter('owner_id', q, 4)}
    GROUP BY 1, 2`, [q.orgId, q.from, q.to, ...repParam(q)]);
  return rows;
}
