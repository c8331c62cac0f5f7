// Every rep's raw window figures for the org-wide analysis, read from the rollups
// (src/db/schema/rollups.ts, ADR 012) instead of the CRM tables: the same figures as
// window-stats.ts (tests/analytics/rollup-stats.test.ts checks both ways agree), reading
// tens of thousands of rows instead of millions at 1M deals. Day ranges are read as whole
// months from a rollup plus or minus a few edge days of raw rows (core/analytics/month-cover.ts).
import type pg from 'pg';
import { coverWithMonths, type MonthCover } from '../../core/analytics/month-cover.ts';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import type { ClosedStats, OpenStats, StageStats } from '../../core/analytics/window-stats.ts';
import { queryAsJson } from './json-rows.ts';
import { closedStats, openStats, stageStats, type StatsQuery } from './window-stats.ts';

type Db = pg.Pool | pg.PoolClient;
type OrgQuery = Pick<StatsQuery, 'orgId' | 'from' | 'to' | 'prevFrom'>;

/**
 * Closed, open and stage figures of every rep of the org. The rollups exist once an import
 * has built them for the org (analytics_extents has its row); until then everything is read
 * as window-stats.ts does. Open deals and stage conversions come from the rollups only for
 * an analysis as of the org's data_through or later (nothing closed, advanced or won after
 * the as-of date yet); for an analysis of the past, from the facts.
 */
export async function orgWindowStats(db: Db, q: OrgQuery): Promise<{ closed: ClosedStats[]; open: OpenStats[]; stages: StageStats[] }> {
  const { rows: [extent] } = await db.query<{ through: string | null }>(
    'SELECT data_through::text AS through FROM analytics_extents WHERE org_id = $1', [q.orgId]);
  if (!extent) {
    const [closed, open, stages] = await Promise.all([closedStats(db, q), openStats(db, q), stageStats(db, q)]);
    return { closed, open, stages };
  }
  const current = extent.through === null || extent.through <= q.to;
  const emptyFrom = extent.through === null ? q.from : isoDateOf(dayNumberOf(extent.through) + 1);
  const [closed, open, stages] = await Promise.all([
    orgClosedStats(db, q),
    current ? orgOpenNow(db, q.orgId) : orgOpenStats(db, q),
    current ? orgStageStats(db, q, emptyFrom) : stageStats(db, q),
  ]);
  return { closed, open, stages };
}

/** Builds `$n` placeholders for a query whose $1 is the org. */
function paramsFor(orgId: number): { values: unknown[]; p: (value: unknown) => string } {
  const values: unknown[] = [orgId];
  return { values, p: (value) => { values.push(value); return `$${values.length}::date`; } };
}

/** The UNION ALL branches reading one day range: whole months, plus and minus raw days. */
function coverBranches(cover: MonthCover, p: (v: unknown) => string, months: (first: string, last: string) => string, raw: (from: string, to: string, sign: number) => string): string[] {
  return [
    ...(cover.months ? [months(p(cover.months.first), p(cover.months.last))] : []),
    ...cover.add.map((r) => raw(p(r.from), p(r.to), 1)),
    ...cover.subtract.map((r) => raw(p(r.from), p(r.to), -1)),
  ];
}

const CLOSED_COLUMNS = [
  'repId', 'wonCount', 'lostCount', 'noDecisionCount', 'wonAmount', 'wonUnknown', 'closedAmount', 'closedUnknown',
  'prevClosedCount', 'prevWonAmount', 'prevWonUnknown',
] as const;

/** Closed deals of the window and the previous one per rep: monthly rollup, edge days, and the cycle median. */
export async function orgClosedStats(db: Db, q: OrgQuery): Promise<ClosedStats[]> {
  const { values, p } = paramsFor(q.orgId);
  const branches = (from: string, to: string, cur: boolean) => coverBranches(coverWithMonths(from, to), p,
    (first, last) => `SELECT owner_id, ${cur} AS cur, won, lost, no_decision, won_amount, won_unknown, closed_amount, closed_unknown
      FROM rep_close_months WHERE org_id = $1 AND month BETWEEN ${first} AND ${last}`,
    (rawFrom, rawTo, sign) => `SELECT owner_id, ${cur}, ${sign} * (outcome = 'won')::int, ${sign} * (outcome = 'lost')::int,
        ${sign} * (outcome = 'no_decision')::int, ${sign} * CASE WHEN outcome = 'won' THEN coalesce(amount, 0) ELSE 0 END,
        ${sign} * (outcome = 'won' AND amount IS NULL)::int, ${sign} * coalesce(amount, 0), ${sign} * (amount IS NULL)::int
      FROM deal_close_facts WHERE org_id = $1 AND outcome <> 'open' AND closed_on BETWEEN ${rawFrom} AND ${rawTo}`);
  const previousTo = isoDateOf(dayNumberOf(q.from) - 1);
  const union = [...branches(q.from, q.to, true), ...branches(q.prevFrom, previousTo, false)].join('\nUNION ALL\n');
  const [counts, cycles] = await Promise.all([
    queryAsJson<Omit<ClosedStats, 'cycleDaysMedian' | 'cycleSample' | 'cycleWithoutCreated'>>(db, `
      SELECT owner_id AS "repId",
        coalesce(sum(won) FILTER (WHERE cur), 0)::int AS "wonCount",
        coalesce(sum(lost) FILTER (WHERE cur), 0)::int AS "lostCount",
        coalesce(sum(no_decision) FILTER (WHERE cur), 0)::int AS "noDecisionCount",
        coalesce(sum(won_amount) FILTER (WHERE cur), 0)::float8 AS "wonAmount",
        coalesce(sum(won_unknown) FILTER (WHERE cur), 0)::int AS "wonUnknown",
        coalesce(sum(closed_amount) FILTER (WHERE cur), 0)::float8 AS "closedAmount",
        coalesce(sum(closed_unknown) FILTER (WHERE cur), 0)::int AS "closedUnknown",
        coalesce(sum(won + lost + no_decision) FILTER (WHERE NOT cur), 0)::int AS "prevClosedCount",
        coalesce(sum(won_amount) FILTER (WHERE NOT cur), 0)::float8 AS "prevWonAmount",
        coalesce(sum(won_unknown) FILTER (WHERE NOT cur), 0)::int AS "prevWonUnknown"
      FROM (${union}) d
      GROUP BY 1
      HAVING sum(won + lost + no_decision) > 0`, values, CLOSED_COLUMNS),
    db.query<{ repId: number; median: number; sample: number; withoutCreated: number }>(`
      SELECT owner_id AS "repId", (percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - start_on))::float8 AS median,
        count(*)::int AS sample, count(*) FILTER (WHERE NOT has_created)::int AS "withoutCreated"
      FROM deal_close_facts
      WHERE org_id = $1 AND outcome = 'won' AND closed_on BETWEEN $2::date AND $3::date AND start_on IS NOT NULL
      GROUP BY 1`, [q.orgId, q.from, q.to]),
  ]);
  const cycleOf = new Map(cycles.rows.map((c) => [c.repId, c]));
  return counts.map((row) => {
    const c = cycleOf.get(row.repId as number);
    return { ...row, cycleDaysMedian: c?.median ?? null, cycleSample: c?.sample ?? 0, cycleWithoutCreated: c?.withoutCreated ?? 0 };
  });
}

/** Deals open now per rep (for an as-of date on or after data_through). */
async function orgOpenNow(db: Db, orgId: number): Promise<OpenStats[]> {
  const { rows } = await db.query<OpenStats>(`
    SELECT owner_id AS "repId", open_count AS "openCount", open_amount::float8 AS "openAmount", open_unknown AS "openUnknown"
    FROM rep_open_deals WHERE org_id = $1 AND open_count > 0`, [orgId]);
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
 * an analysis as of data_through or later, when "converted by the as-of date" is "ever
 * advanced": monthly rollup plus or minus the facts of the edge days (none stored from
 * `emptyFrom` on).
 */
export async function orgStageStats(db: Db, q: OrgQuery, emptyFrom: string): Promise<StageStats[]> {
  const { values, p } = paramsFor(q.orgId);
  const union = coverBranches(coverWithMonths(q.from, q.to, { emptyFrom }), p,
    (first, last) => `SELECT owner_id, stage_ord, cohort, advanced, won FROM rep_stage_months
      WHERE org_id = $1 AND month BETWEEN ${first} AND ${last}`,
    (from, to, sign) => `SELECT owner_id, stage_ord, ${sign}, ${sign} * (advanced_on IS NOT NULL)::int, ${sign} * (won_on IS NOT NULL)::int
      FROM deal_stage_facts WHERE org_id = $1 AND reached_on BETWEEN ${from} AND ${to}`).join('\nUNION ALL\n');
  // ~14,000 rows at 2,000 reps: read as JSON (json-rows.ts), to hold the event loop less long.
  return queryAsJson<StageStats>(db, `
    SELECT owner_id AS "repId", stage_ord::int AS "stageOrd", sum(cohort)::int AS cohort,
      sum(advanced)::int AS converted, sum(won)::int AS won
    FROM (${union}) d
    GROUP BY 1, 2
    HAVING sum(cohort) > 0`, values, ['repId', 'stageOrd', 'cohort', 'converted', 'won']);
}
