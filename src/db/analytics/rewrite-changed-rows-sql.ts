// SQL bringing a derived table's rows of the touched deals (temp table facts_touched) to
// what a temp table of freshly derived rows says, writing only what differs. Used by the
// day's refresh of deal_stage_facts and deal_close_facts (ADR 012).
//
// The table's rows of the touched deals are read ONCE (`was`: one index range scan per
// deal), compared with the fresh rows in memory (`diff`: a full join on the key), and only
// the differences are written: updated in place, deleted, inserted, each found by its key.
// Reading the old rows first, instead of probing the table for every fresh row (and again
// for the old values), is what keeps a day's refresh cheap on the embedded engine, where
// every index probe of a large table is costly (docs/benchmarks.md).

export type ChangedRows = {
  /** The derived table; its key is (org_id, ...keys), keys[0] the deal's id. */
  table: string;
  /** The temp table of fresh rows: the key columns and the value columns. */
  fresh: string;
  keys: string[];
  values: string[];
  /** The columns the caller's rollups need, in CTE `delta`: keys and value columns, in any order. */
  delta: string[];
};

const list = (columns: string[], alias?: string, prefix = '') =>
  columns.map((c) => `${alias ? `${alias}.` : ''}${prefix}${c}`).join(', ');
const keyMatch = (keys: string[], left: string, right: string) =>
  keys.map((k) => `${left}.${k} = ${right}.${k}`).join(' AND ');

/**
 * CTEs `was`, `diff`, `updated`, `gone`, `added` and `delta` (append after `WITH`; follow
 * with a comma). `delta` holds every written row as (sign, ...delta columns): -1 for a row as
 * it was (updated or deleted), +1 as it is (updated or inserted), for the rollups to move by.
 * `$1` is the org id.
 */
export function rewriteChangedRowsSql({ table, fresh, keys, values, delta }: ChangedRows): string {
  const [deal] = keys;
  // The value columns of `delta`: read as they were and as they are.
  const reported = delta.filter((c) => !keys.includes(c));
  const asItWas = delta.map((c) => (reported.includes(c) ? `was_${c} AS ${c}` : c)).join(', ');
  return `
    was AS (
      SELECT ${list([...keys, ...values], 'w')} FROM facts_touched t
      JOIN ${table} w ON w.org_id = $1 AND w.${deal} = t.id
    ),
    diff AS MATERIALIZED (
      SELECT ${keys.map((k) => `coalesce(n.${k}, w.${k}) AS ${k}`).join(', ')},
        w.${deal} IS NOT NULL AS existed, n.${deal} IS NOT NULL AS stays,
        ${list(values, 'n')}, ${values.map((v) => `w.${v} AS was_${v}`).join(', ')}
      FROM ${fresh} n FULL JOIN was w ON ${keyMatch(keys, 'w', 'n')}
      WHERE w.${deal} IS NULL OR n.${deal} IS NULL OR (${list(values, 'n')}) IS DISTINCT FROM (${list(values, 'w')})
    ),
    updated AS (
      UPDATE ${table} f SET (${list(values)}) = (${list(values, 'd')})
      FROM diff d
      WHERE d.existed AND d.stays AND f.org_id = $1 AND ${keyMatch(keys, 'f', 'd')}
      RETURNING ${list(keys, 'f')}, ${list(reported, 'f')}, ${list(reported, 'd', 'was_')}
    ),
    gone AS (
      DELETE FROM ${table} f USING diff d
      WHERE NOT d.stays AND f.org_id = $1 AND ${keyMatch(keys, 'f', 'd')}
      RETURNING ${list(keys, 'f')}, ${list(reported, 'f')}
    ),
    added AS (
      INSERT INTO ${table} (org_id, ${list([...keys, ...values])})
      SELECT $1, ${list([...keys, ...values], 'd')} FROM diff d WHERE NOT d.existed
      RETURNING ${list([...keys, ...reported])}
    ),
    delta AS (
      SELECT -1 AS sign, ${asItWas} FROM updated
      UNION ALL SELECT 1, ${list(delta)} FROM updated
      UNION ALL SELECT -1, ${list(delta)} FROM gone
      UNION ALL SELECT 1, ${list(delta)} FROM added
    )`;
}
