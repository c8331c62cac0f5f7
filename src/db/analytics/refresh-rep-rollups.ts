// The rollups derived from the CRM tables and deal_stage_facts (src/db/schema/rollups.ts,
// ADR 012), kept up to date inside the import's transaction for the deals in the temp
// table facts_touched: deal_close_facts rows written only where they changed (updated in
// place, inserted or deleted), with rep_close_months and rep_open_deals moved by the net
// of those rows as they were and as they are; rep_stage_months moved the same way by the
// facts rows (refresh-deal-stage-facts.ts); the org's data_through raised. A full rebuild (rebuildDerivedFromFacts) recomputes them for the whole org.
import type pg from 'pg';
import { withBulkLoad } from '../import/bulk-load.ts';
import { clearDerivedRows, withPrimaryKeyBuiltAfter } from './clear-derived-rows.ts';
import { closeRollupDelta } from './close-rollup-sql.ts';
import { rewriteChangedRowsSql } from './rewrite-changed-rows-sql.ts';

const CLOSE_COLUMNS = 'org_id, opportunity_id, owner_id, outcome, closed_on, amount, start_on, has_created';

// What a deal contributes to the window KPIs; the start falls back to the first stage
// reached (docs/analytics.md), so this runs after the deal's facts are written. The first
// stage reached is the reach of stage rank 1: every deal with facts has that row, and
// reach never falls as the rank rises (a skipped stage counts as reached with a later one).
// `deals`: the org's `opportunities`, or the touched ones with their columns (facts_touched).
const closeFactsOf = (deals: 'opportunities' | 'facts_touched') => `
  SELECT o.org_id, o.id AS opportunity_id, o.owner_id, o.outcome, o.closed_at AS closed_on, o.amount,
    coalesce(o.created_at, o.engaged_at, f.reached_on) AS start_on,
    o.created_at IS NOT NULL AS has_created
  FROM ${deals} o
  LEFT JOIN deal_stage_facts f ON f.org_id = o.org_id AND f.opportunity_id = o.id AND f.stage_ord = 1
  WHERE o.org_id = $1`;

/**
 * SQL moving rep_stage_months by the facts rows of CTE `source` (sign, owner_id, stage_ord,
 * reached_on, advanced_on, won_on), each counted `sign` times (+1 as it is now, -1 as it
 * was); groups whose deltas all net to zero are left alone.
 */
export function addStageRollupDelta(source: string): string {
  const deltas = ['sum(sign)', 'coalesce(sum(sign) FILTER (WHERE advanced_on IS NOT NULL), 0)', 'coalesce(sum(sign) FILTER (WHERE won_on IS NOT NULL), 0)'];
  return `
    INSERT INTO rep_stage_months AS r (org_id, month, owner_id, stage_ord, cohort, advanced, won)
    SELECT $1, date_trunc('month', reached_on::timestamp)::date, owner_id, stage_ord, ${deltas.join(', ')}
    FROM ${source} GROUP BY 2, 3, 4
    HAVING ${deltas.map((d) => `${d} <> 0`).join(' OR ')}
    ON CONFLICT (org_id, month, owner_id, stage_ord) DO UPDATE
      SET cohort = r.cohort + excluded.cohort, advanced = r.advanced + excluded.advanced, won = r.won + excluded.won`;
}

const CLOSE_FACTS = {
  table: 'deal_close_facts', fresh: 'close_new', keys: ['opportunity_id'],
  values: ['owner_id', 'outcome', 'closed_on', 'amount', 'start_on', 'has_created'],
  delta: ['owner_id', 'outcome', 'closed_on', 'amount'],
};

/**
 * Brings the close facts of the touched deals (in facts_touched) to what close_new says, in
 * one statement: only the rows that differ are written (rewrite-changed-rows-sql.ts), and
 * the rollups move by the net of what was updated, deleted and inserted.
 */
export async function refreshCloseFacts(client: pg.PoolClient, orgId: number): Promise<void> {
  await client.query(`CREATE TEMP TABLE close_new ON COMMIT DROP AS ${closeFactsOf('facts_touched')}`, [orgId]);
  await client.query(`ANALYZE close_new (${CLOSE_FACTS.keys.join(', ')})`);
  await client.query(`
    WITH ${rewriteChangedRowsSql(CLOSE_FACTS)},
    ${closeRollupDelta('delta')}`, [orgId]);
}

/** After an incremental refresh: data_through rises to the latest date the touched deals' rows mention. */
export async function raiseDataThrough(client: pg.PoolClient, orgId: number): Promise<void> {
  await client.query(`
    INSERT INTO analytics_extents AS e (org_id, data_through)
    SELECT $1, greatest(
      (SELECT max(greatest(reached_on, advanced_on, won_on, entered_on, exited_on)) FROM facts_new),
      (SELECT max(greatest(closed_on, start_on)) FROM close_new))
    ON CONFLICT (org_id) DO UPDATE SET data_through = greatest(e.data_through, excluded.data_through)`, [orgId]);
  await client.query('DROP TABLE close_new');
}

/**
 * Rebuilds every derived table of the org but deal_stage_facts from its stage facts and
 * deals: after the full facts rebuild (rebuild-org-facts.ts), or after a schema or rollup
 * change (the bench's kept databases). The tables are emptied first, so plain INSERTs in
 * key order replace the delta upserts, and the close facts' indexes are built once.
 */
export async function rebuildDerivedFromFacts(client: pg.PoolClient, orgId: number): Promise<void> {
  const emptied = await clearDerivedRows(client, orgId, ['deal_close_facts', 'rep_stage_months', 'rep_close_months', 'rep_open_deals']);
  await withBulkLoad(client, 'deal_close_facts', true, () => withPrimaryKeyBuiltAfter(client, 'deal_close_facts', emptied, () =>
    client.query(`INSERT INTO deal_close_facts (${CLOSE_COLUMNS}) ${closeFactsOf('opportunities')}`, [orgId])));
  await client.query(`
    WITH source AS (SELECT 1 AS sign, owner_id, outcome, closed_on, amount FROM deal_close_facts WHERE org_id = $1),
    ${closeRollupDelta('source')}`, [orgId]);
  await withPrimaryKeyBuiltAfter(client, 'rep_stage_months', emptied, () => client.query(`
    INSERT INTO rep_stage_months (org_id, month, owner_id, stage_ord, cohort, advanced, won)
    SELECT $1, date_trunc('month', reached_on::timestamp)::date, owner_id, stage_ord, count(*), count(advanced_on), count(won_on)
    FROM deal_stage_facts WHERE org_id = $1 GROUP BY 2, 3, 4`, [orgId]));
  await client.query(`
    INSERT INTO analytics_extents AS e (org_id, data_through)
    SELECT $1, greatest(
      (SELECT max(greatest(reached_on, advanced_on, won_on, entered_on, exited_on)) FROM deal_stage_facts WHERE org_id = $1),
      (SELECT max(greatest(closed_on, start_on)) FROM deal_close_facts WHERE org_id = $1))
    ON CONFLICT (org_id) DO UPDATE SET data_through = excluded.data_through`, [orgId]);
}
