// The stage facts as first written (before ADR 016): a window over each deal's history,
// DISTINCT ON for the first entry of each stage, a grid of stage numbers per deal and a
// running minimum over it. Slow at scale, but a plain transcription of the rules in
// docs/analytics.md, kept here as the reference the one-pass SQL is checked against
// (tests/analytics/full-rebuild.test.ts). Reads every deal of the org ($1).
export const REFERENCE_FACTS_SQL = `
  WITH open_stages AS (
    SELECT id, (row_number() OVER (ORDER BY position, id))::int AS ord
    FROM stages WHERE org_id = $1 AND kind = 'open'
  ),
  last_open AS (SELECT count(*)::int AS n FROM open_stages),
  hist AS (
    SELECT h.opportunity_id AS opp, h.stage_id, h.entered_at,
           lead(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.stage_id) AS next_at
    FROM stage_history h
    WHERE h.org_id = $1
  ),
  firsts AS (
    SELECT DISTINCT ON (hist.opp, s.ord) hist.opp, s.ord, hist.entered_at, hist.next_at
    FROM hist JOIN open_stages s ON s.id = hist.stage_id
    ORDER BY hist.opp, s.ord, hist.entered_at
  ),
  won AS (
    SELECT opp, min(d) AS d FROM (
      SELECT hist.opp, hist.entered_at::date AS d
      FROM hist JOIN stages s ON s.org_id = $1 AND s.id = hist.stage_id AND s.kind = 'won'
      UNION ALL
      SELECT o.id, o.closed_at FROM opportunities o JOIN (SELECT DISTINCT opp FROM hist) h ON h.opp = o.id
      WHERE o.org_id = $1 AND o.outcome = 'won' AND o.closed_at IS NOT NULL
    ) w GROUP BY opp
  ),
  marks AS (
    SELECT opp, ord, entered_at::date AS d FROM firsts
    UNION ALL
    SELECT opp, (SELECT n FROM last_open) + 1, d FROM won
  ),
  grid AS (
    SELECT m.opp, k.k FROM (SELECT opp, max(ord) AS top FROM marks GROUP BY opp) m
    CROSS JOIN LATERAL generate_series(1, m.top) AS k(k)
  ),
  reach AS (
    SELECT g.opp, g.k,
           min(m.d) OVER (PARTITION BY g.opp ORDER BY g.k DESC ROWS UNBOUNDED PRECEDING) AS reached
    FROM grid g LEFT JOIN marks m ON m.opp = g.opp AND m.ord = g.k
  ),
  chained AS (
    SELECT opp, k, reached, lag(reached) OVER (PARTITION BY opp ORDER BY k DESC) AS advanced FROM reach
  )
  SELECT $1::int AS org_id, c.opp AS opportunity_id, c.k::smallint AS stage_ord, s.id AS stage_id, o.owner_id,
    c.reached AS reached_on, c.advanced AS advanced_on, w.d AS won_on, f.entered_at::date AS entered_on,
    coalesce(f.next_at::date, CASE WHEN f.entered_at IS NOT NULL AND o.outcome <> 'open' AND o.closed_at >= f.entered_at::date THEN o.closed_at END) AS exited_on
  FROM chained c
  JOIN open_stages s ON s.ord = c.k
  JOIN opportunities o ON o.org_id = $1 AND o.id = c.opp
  LEFT JOIN firsts f ON f.opp = c.opp AND f.ord = c.k
  LEFT JOIN won w ON w.opp = c.opp`;
