// SQL moving rep_close_months and rep_open_deals (src/db/schema/rollups.ts) by a set of
// deal_close_facts rows: the rows of CTE `source` (owner_id, outcome, closed_on, amount),
// counted `sign` times (+1 inserted, -1 deleted). Used by refresh-rep-rollups.ts.

/** A CTE named `months` and the final INSERT: append after `WITH source AS (…),`. */
export function closeRollupDelta(source: string, sign: 1 | -1): string {
  const n = (expr: string) => `${sign} * ${expr}`;
  return `
    months AS (
      INSERT INTO rep_close_months AS r
        (org_id, month, owner_id, won, lost, no_decision, won_amount, won_unknown, closed_amount, closed_unknown)
      SELECT $1, date_trunc('month', closed_on::timestamp)::date, owner_id,
        ${n("count(*) FILTER (WHERE outcome = 'won')")}, ${n("count(*) FILTER (WHERE outcome = 'lost')")},
        ${n("count(*) FILTER (WHERE outcome = 'no_decision')")},
        ${n("coalesce(sum(amount) FILTER (WHERE outcome = 'won'), 0)")}, ${n("count(*) FILTER (WHERE outcome = 'won' AND amount IS NULL)")},
        ${n('coalesce(sum(amount), 0)')}, ${n('count(*) FILTER (WHERE amount IS NULL)')}
      FROM ${source} WHERE outcome <> 'open' AND closed_on IS NOT NULL
      GROUP BY 2, 3
      ON CONFLICT (org_id, month, owner_id) DO UPDATE SET
        won = r.won + excluded.won, lost = r.lost + excluded.lost, no_decision = r.no_decision + excluded.no_decision,
        won_amount = r.won_amount + excluded.won_amount, won_unknown = r.won_unknown + excluded.won_unknown,
        closed_amount = r.closed_amount + excluded.closed_amount, closed_unknown = r.closed_unknown + excluded.closed_unknown
      RETURNING 1
    )
    INSERT INTO rep_open_deals AS r (org_id, owner_id, open_count, open_amount, open_unknown)
    SELECT $1, owner_id, ${n('count(*)')}, ${n('coalesce(sum(amount), 0)')}, ${n('count(*) FILTER (WHERE amount IS NULL)')}
    FROM ${source} WHERE outcome = 'open'
    GROUP BY 2
    ON CONFLICT (org_id, owner_id) DO UPDATE SET
      open_count = r.open_count + excluded.open_count, open_amount = r.open_amount + excluded.open_amount,
      open_unknown = r.open_unknown + excluded.open_unknown`;
}
