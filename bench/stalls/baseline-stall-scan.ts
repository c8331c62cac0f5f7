// The straightforward stall scan, the same-run baseline of org_stall_scan: one query that
// computes each stage's p80 of days in stage per request, by walking the whole stage
// history (lead() over every deal's rows), with no deal_stage_facts and no cache. Same
// definitions as docs/stalls.md, org-wide (the generated data has no segments), for the two
// signals the generated data supports, so that the benchmark can check it flags the same
// deals as ours:
//   - days_in_stage: days since the latest stage entry on or before the as-of date > the p80
//     of (next stage change − first entry) of the deals whose first stay in that stage ended
//     by the as-of date (at least 5 of them);
//   - close_date_past: the expected close date is before the as-of date.
import type pg from 'pg';

export type BaselineStall = { id: number; daysInStage: boolean; closeDatePast: boolean };

export const BASELINE_STALL_SCAN_SQL = `
WITH open_stages AS (
  SELECT id FROM stages WHERE org_id = $1 AND kind = 'open'
),
hist AS (
  SELECT h.opportunity_id AS deal, h.stage_id, h.entered_at,
         lead(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.stage_id) AS next_at
  FROM stage_history h WHERE h.org_id = $1
),
-- each deal's first stay in each open stage, and when it ended
first_stays AS (
  SELECT DISTINCT ON (deal, stage_id) deal, stage_id, entered_at::date AS entered, next_at::date AS exited
  FROM hist WHERE stage_id IN (SELECT id FROM open_stages)
  ORDER BY deal, stage_id, entered_at
),
p80 AS (
  SELECT stage_id, percentile_disc(0.8) WITHIN GROUP (ORDER BY exited - entered) AS days
  FROM first_stays WHERE exited <= $2::date
  GROUP BY stage_id HAVING count(*) >= 5
),
-- the stage each deal was in on the as-of date, and since when
current_stage AS (
  SELECT DISTINCT ON (deal) deal, stage_id, entered_at::date AS entered
  FROM hist WHERE entered_at < $2::date + 1
  ORDER BY deal, entered_at DESC, stage_id DESC
),
first_entry AS (
  SELECT deal, min(entered_at)::date AS day FROM hist GROUP BY deal
),
open_deals AS (
  SELECT o.id, o.expected_close_at
  FROM opportunities o LEFT JOIN first_entry fe ON fe.deal = o.id
  WHERE o.org_id = $1 AND (o.outcome = 'open' OR o.closed_at > $2::date)
    AND coalesce(o.created_at, o.engaged_at, fe.day, $2::date) <= $2::date
),
judged AS (
  SELECT d.id,
         coalesce($2::date - c.entered > p.days, false) AS "daysInStage",
         coalesce(d.expected_close_at < $2::date, false) AS "closeDatePast"
  FROM open_deals d
  LEFT JOIN current_stage c ON c.deal = d.id
  LEFT JOIN p80 p ON p.stage_id = c.stage_id
)
SELECT id, "daysInStage", "closeDatePast" FROM judged WHERE "daysInStage" OR "closeDatePast"`;

export async function baselineStallScan(db: pg.Pool, orgId: number, asOf: string): Promise<BaselineStall[]> {
  const { rows } = await db.query<BaselineStall>(BASELINE_STALL_SCAN_SQL, [orgId, asOf]);
  return rows;
}
