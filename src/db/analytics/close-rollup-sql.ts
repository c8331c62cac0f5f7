// SQL moving rep_close_months and rep_open_deals (src/db/schema/rollups.ts) by a set of
// deal_close_facts rows: the rows of CTE `source` (sign, owner_id, outcome, closed_on,
// amount), each counted `sign` times (+1 for a row as it is now, -1 for a row as it was).
// Groups whose every delta nets to zero are left alone. Used by refresh-rep-rollups.ts.

/** A CTE named `months` and the final INSERT: append after `WITH source AS (…),`. */
export function closeRollupDelta(source: string): string {
  const signed = (filter: string | null, value = 'sign') =>
    `coalesce(sum(${value})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)`;
  const months = [
    signed("outcome = 'won'"), signed("outcome = 'lost'"), signed("outcome = 'no_decision'"),
    signed("outcome = 'won'", 'sign * amount'), signed("outcome = 'won' AND amount IS NULL"),
    signed(null, 'sign * amount'), signed('amount IS NULL'),
  ];
  const open = [signed(null), signed(null, 'sign * amount'), signed('amount IS NULL')];
  const anyMoved = (deltas: string[]) => deltas.map((d) => `${d} <> 0`).join(' OR ');
  return `
    months AS (
      INSERT INTO rep_close_months AS r
        (org_id, month, owner_id, won, lost, no_decision, won_amount, won_unknown, closed_amount, closed_unknown)
      SELECT $1, date_trunc('month', closed_on::timestamp)::date, owner_id, ${months.join(', ')}
      FROM ${source} WHERE outcome <> 'open' AND closed_on IS NOT NULL
      GROUP BY 2, 3
      HAVING ${anyMoved(months)}
      ON CONFLICT (org_id, month, owner_id) DO UPDATE SET
        won = r.won + excluded.won, lost = r.lost + excluded.lost, no_decision = r.no_decision + excluded.no_decision,
        won_amount = r.won_amount + excluded.won_amount, won_unknown = r.won_unknown + excluded.won_unknown,
        closed_amount = r.closed_amount + excluded.closed_amount, closed_unknown = r.closed_unknown + excluded.closed_unknown
      RETURNING 1
    )
    INSERT INTO rep_open_deals AS r (org_id, owner_id, open_count, open_amount, open_unknown)
    SELECT $1, owner_id, ${open.join(', ')}
    FROM ${source} WHERE outcome = 'open'
    GROUP BY 2
    HAVING ${anyMoved(open)}
    ON CONFLICT (org_id, owner_id) DO UPDATE SET
      open_count = r.open_count + excluded.open_count, open_amount = r.open_amount + excluded.open_amount,
      open_unknown = r.open_unknown + excluded.open_unknown`;
}
