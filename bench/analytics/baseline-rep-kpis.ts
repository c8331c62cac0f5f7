// The baseline of `org_rep_kpis`: every rep's conversion KPIs in ONE query, written the way
// an engineer would write it first: straight from the CRM tables (opportunities JOIN
// stage_history JOIN stages), with no derived table (no deal_stage_facts), no index chosen
// for it and no rewriting for speed. Same definitions as docs/analytics.md, so that the
// benchmark can check it returns the same figures as ours:
//   - won / lost (lost + no decision) deals closed in the window, win rate, won value;
//   - per open stage k: the cohort = deals that first reached k (entered k, a later open
//     stage, or won) inside the window, and how many of them reached k + 1 (won after the
//     last open stage) by the as-of date.
// It computes LESS than analyseOrg (no open pipeline, cycle, previous window, attainment,
// segments, benchmarks or gaps), which makes the ratio ours ÷ baseline conservative.
import type pg from 'pg';

export type BaselineRep = {
  repId: number;
  wonCount: number;
  lostCount: number;
  winRate: number | null;
  wonValue: number | null;
  stages: { ord: number; cohort: number; converted: number }[] | null;
};

export const BASELINE_REP_KPIS_SQL = `
WITH open_stages AS (
  SELECT id, (row_number() OVER (ORDER BY position, id))::int AS ord
  FROM stages WHERE org_id = $1 AND kind = 'open'
),
-- the ranks a deal can reach: each open stage, then won (after the last open stage)
ranks AS (
  SELECT ord FROM open_stages
  UNION ALL
  SELECT count(*)::int + 1 FROM open_stages
),
-- every stage change of every deal, with its rank
changes AS (
  SELECT o.owner_id, o.id AS deal, h.entered_at::date AS day,
         CASE WHEN s.kind = 'won' THEN (SELECT count(*)::int + 1 FROM open_stages) ELSE os.ord END AS rank
  FROM opportunities o
  JOIN stage_history h ON h.org_id = o.org_id AND h.opportunity_id = o.id
  JOIN stages s ON s.org_id = h.org_id AND s.id = h.stage_id
  LEFT JOIN open_stages os ON os.id = s.id
  WHERE o.org_id = $1 AND s.kind IN ('open', 'won')
),
-- the day each deal first reached each rank, or a later one (a skipped stage counts as passed)
reached AS (
  SELECT c.owner_id, c.deal, r.ord, min(c.day) AS day
  FROM changes c JOIN ranks r ON r.ord <= c.rank
  GROUP BY c.owner_id, c.deal, r.ord
),
-- per rep and open stage: the window's cohort, and how many reached the next rank by the as-of date
funnel AS (
  SELECT r.owner_id, r.ord, count(*)::int AS cohort,
         count(*) FILTER (WHERE nxt.day <= $3::date)::int AS converted
  FROM reached r
  LEFT JOIN reached nxt ON nxt.deal = r.deal AND nxt.ord = r.ord + 1
  WHERE r.ord <= (SELECT count(*) FROM open_stages) AND r.day BETWEEN $2::date AND $3::date
  GROUP BY r.owner_id, r.ord
),
funnel_by_rep AS (
  SELECT owner_id, json_agg(json_build_object('ord', ord, 'cohort', cohort, 'converted', converted) ORDER BY ord) AS stages
  FROM funnel GROUP BY owner_id
),
closed AS (
  SELECT owner_id,
         count(*) FILTER (WHERE outcome = 'won')::int AS won,
         count(*) FILTER (WHERE outcome IN ('lost', 'no_decision'))::int AS lost,
         sum(amount) FILTER (WHERE outcome = 'won') AS won_value,
         count(*) FILTER (WHERE outcome = 'won' AND amount IS NULL)::int AS won_unknown
  FROM opportunities
  WHERE org_id = $1 AND outcome <> 'open' AND closed_at BETWEEN $2::date AND $3::date
  GROUP BY owner_id
)
SELECT p.id AS "repId",
       coalesce(c.won, 0) AS "wonCount",
       coalesce(c.lost, 0) AS "lostCount",
       c.won::float8 / nullif(c.won + c.lost, 0) AS "winRate",
       CASE WHEN c.won_unknown > 0 THEN NULL ELSE coalesce(c.won_value, 0)::float8 END AS "wonValue",
       f.stages
FROM people p
LEFT JOIN closed c ON c.owner_id = p.id
LEFT JOIN funnel_by_rep f ON f.owner_id = p.id
WHERE p.org_id = $1 AND p.role = 'rep' AND p.active
ORDER BY p.id`;

export async function baselineRepKpis(
  db: pg.Pool, orgId: number, window: { from: string; to: string },
): Promise<BaselineRep[]> {
  const { rows } = await db.query<BaselineRep>(BASELINE_REP_KPIS_SQL, [orgId, window.from, window.to]);
  return rows;
}
