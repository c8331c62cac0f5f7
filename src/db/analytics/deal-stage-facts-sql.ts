// The SQL that derives deal_stage_facts rows (docs/analytics.md "Stage conversion") from
// the stage history; used by refresh-deal-stage-facts.ts and rebuild-org-facts.ts. Kept
// apart because the bench keys its kept databases on it (bench/analytics/kept-database.ts).
//
// One ordered pass (ADR 016): stage_history is read in its primary-key order (org, deal,
// entered_at, stage), which is the order `lead()` needs, so no sort runs; each deal's rows
// fold into one row with a column pair per open stage (first entry, and the next stage
// change after it); "reached" is the earliest of the deal's own and later stages' first
// entries and its won date; the per-stage columns are then unfolded into rows. The org's
// stage order is spelled into the SQL as literals (read just before), so the statement
// needs no join on stages and no grid of stage numbers.

export const FACT_COLUMNS = 'org_id, opportunity_id, stage_ord, stage_id, owner_id, reached_on, advanced_on, won_on, entered_on, exited_on';

/** The org's open stages in process order (rank 1 first), and its won stages. */
export type StageOrder = { openIds: number[]; wonIds: number[] };

/** Reads the stage order the facts are ranked by: open stages by (position, id). */
export const STAGE_ORDER_SQL = `
  SELECT coalesce(array_agg(id ORDER BY position, id) FILTER (WHERE kind = 'open'), '{}') AS "openIds",
         coalesce(array_agg(id) FILTER (WHERE kind = 'won'), '{}') AS "wonIds"
  FROM stages WHERE org_id = $1`;

// The columns of FACT_COLUMNS, typed, with no row: an org without open stages has no facts.
const NO_FACTS = `SELECT $1::int AS org_id, 0 AS opportunity_id, 0::smallint AS stage_ord, 0 AS stage_id, 0 AS owner_id,
  NULL::date AS reached_on, NULL::date AS advanced_on, NULL::date AS won_on, NULL::date AS entered_on, NULL::date AS exited_on
  WHERE false`;

const intList = (ids: number[]) => ids.map((id) => {
  if (!Number.isSafeInteger(id)) throw new Error(`stage id ${id} is not an integer`);
  return String(id);
}).join(', ');

/**
 * Every fact row ($1: the org), in (deal, stage rank) order: of all the org's deals with
 * stage history (`'all'`), or of the deals in the temp table facts_touched (which holds
 * their columns read here: refresh-deal-stage-facts.ts).
 */
export function factsSql(stages: StageOrder, deals: 'all' | 'touched'): string {
  const n = stages.openIds.length;
  if (n === 0) return NO_FACTS;
  const ranks = Array.from({ length: n }, (_, i) => i + 1);
  const isWon = stages.wonIds.length > 0 ? `h.stage_id IN (${intList(stages.wonIds)})` : 'false';
  const firsts = ranks.map((k) =>
    `min(entered_at) FILTER (WHERE ord = ${k})::date AS e${k}, min(next_at) FILTER (WHERE ord = ${k})::date AS x${k}`);
  // reached(k) = least(e_k … e_n, won): least() skips nulls, and is null when nothing at or
  // beyond stage k happened, which is exactly when the deal has no row for stage k.
  const reached = (k: number) => `least(${ranks.slice(k - 1).map((j) => `d.e${j}`).join(', ')}, d.won_on)`;
  const source = deals === 'all'
    ? 'stage_history h WHERE h.org_id = $1'
    : 'stage_history h JOIN facts_touched t ON t.id = h.opportunity_id WHERE h.org_id = $1';
  const deal = deals === 'all' ? 'opportunities o ON o.org_id = $1 AND o.id = a.opp' : 'facts_touched o ON o.id = a.opp';
  return `
  WITH h AS (
    SELECT h.opportunity_id AS opp, h.entered_at,
      array_position(ARRAY[${intList(stages.openIds)}]::int[], h.stage_id) AS ord, ${isWon} AS won,
      lead(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.stage_id) AS next_at
    FROM ${source}
  ),
  d AS (
    -- The first entry into a stage has the earliest next change too (next_at grows along a
    -- deal's rows), so min() of both columns describes the same, first, visit.
    SELECT a.*, o.owner_id, o.outcome, o.closed_at,
      least(a.won_entered, CASE WHEN o.outcome = 'won' THEN o.closed_at END) AS won_on
    FROM (
      SELECT opp, ${firsts.join(',\n        ')},
        min(entered_at) FILTER (WHERE won)::date AS won_entered
      FROM h GROUP BY opp
    ) a
    JOIN ${deal}
  ),
  v AS (
    SELECT d.opp, d.owner_id, d.outcome, d.closed_at, d.won_on,
      unnest(ARRAY[${ranks.join(', ')}]) AS k,
      unnest(ARRAY[${intList(stages.openIds)}]) AS stage_id,
      unnest(ARRAY[${ranks.map(reached).join(', ')}]) AS reached,
      unnest(ARRAY[${[...ranks.slice(1).map(reached), 'd.won_on'].join(', ')}]) AS advanced,
      unnest(ARRAY[${ranks.map((k) => `d.e${k}`).join(', ')}]) AS entered,
      unnest(ARRAY[${ranks.map((k) => `d.x${k}`).join(', ')}]) AS next_on
    FROM d
  )
  SELECT $1::int AS org_id, v.opp AS opportunity_id, v.k::smallint AS stage_ord, v.stage_id, v.owner_id,
    v.reached AS reached_on, v.advanced AS advanced_on, v.won_on, v.entered AS entered_on,
    coalesce(v.next_on, CASE WHEN v.entered IS NOT NULL AND v.outcome <> 'open' AND v.closed_at >= v.entered THEN v.closed_at END) AS exited_on
  FROM v
  WHERE v.reached IS NOT NULL`;
}
