// The full rebuild of an org's stage facts and every rollup derived from them, inside the
// import's transaction: on a first import, and whenever the process gained stages (ADR 010).
// Shaped for millions of rows (ADR 016): the tables are emptied rather than deleted from,
// the facts come from one ordered pass over the stage history (deal-stage-facts-sql.ts),
// and they are written with the table's secondary indexes and foreign key dropped and
// built once afterwards (the bulk path of ADR 013), instead of maintained row by row.
import type pg from 'pg';
import { withBulkLoad } from '../import/bulk-load.ts';
import { clearDerivedRows, withPrimaryKeyBuiltAfter } from './clear-derived-rows.ts';
import { FACT_COLUMNS, factsSql, type StageOrder } from './deal-stage-facts-sql.ts';
import { rebuildDerivedFromFacts } from './refresh-rep-rollups.ts';

/** Rebuilds the org's facts and rollups from its CRM tables; returns the facts rows written. */
export async function rebuildOrgFacts(client: pg.PoolClient, orgId: number, stages: StageOrder): Promise<number> {
  // Statistics first: PGlite has no autovacuum, and rows written earlier in this
  // transaction are invisible to the planner's estimates until analyzed.
  await client.query('ANALYZE stages, opportunities, stage_history, activities, quotas');
  const emptied = await clearDerivedRows(client, orgId, ['deal_stage_facts']);
  const written = await withBulkLoad(client, 'deal_stage_facts', true, () => withPrimaryKeyBuiltAfter(client, 'deal_stage_facts', emptied, async () =>
    (await client.query(`INSERT INTO deal_stage_facts (${FACT_COLUMNS}) ${factsSql(stages, 'all')}`, [orgId])).rowCount ?? 0));
  await rebuildDerivedFromFacts(client, orgId);
  await client.query('ANALYZE deal_stage_facts, deal_close_facts, rep_stage_months');
  return written;
}
