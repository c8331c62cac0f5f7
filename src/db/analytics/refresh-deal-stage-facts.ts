// Rebuilds deal_stage_facts (src/db/schema/facts.ts) for a set of deals, set-based, inside
// the caller's transaction, then the rollups derived from them (refresh-rep-rollups.ts).
// `touched` is a SQL condition on `opportunities o` choosing the deals, or 'all'. The rules
// (reach, skipped stages, won after the last open stage) are in docs/analytics.md; the
// rollups in ADR 012; the full rebuild's shape in ADR 016 (rebuild-org-facts.ts).
import type pg from 'pg';
import { STAGE_ORDER_SQL, factsSql, type StageOrder } from './deal-stage-facts-sql.ts';
import { rebuildOrgFacts } from './rebuild-org-facts.ts';
import { refreshCloseFacts, addStageRollupDelta, raiseDataThrough } from './refresh-rep-rollups.ts';
import { rewriteChangedRowsSql } from './rewrite-changed-rows-sql.ts';

// Below this share of the org's deals, an import is "a day's changes": the planner's
// statistics from before still describe the tables, and ANALYZE (0.9–9 s at 1M deals) is
// skipped; above it (and on a full rebuild), the tables are analyzed first and after.
const ANALYZE_SHARE = 0.1;

// What the facts and the close facts read of a touched deal, read once into facts_touched:
// each used to join `opportunities` by id, and at 1M deals the second join read again the
// ~1,000 key and row pages the first had read (the statement between evicted them).
const TOUCHED_COLUMNS = 'o.org_id, o.id, o.owner_id, o.outcome, o.closed_at, o.amount, o.created_at, o.engaged_at';

export async function refreshDealStageFacts(client: pg.PoolClient, orgId: number, touched: string | 'all'): Promise<number> {
  const stages = await readStageOrder(client, orgId);
  if (touched === 'all') return rebuildOrgFacts(client, orgId, stages);
  const created = await client.query(
    `CREATE TEMP TABLE facts_touched ON COMMIT DROP AS SELECT ${TOUCHED_COLUMNS} FROM opportunities o WHERE o.org_id = $1 AND (${touched})`, [orgId]);
  const large = await isLargeShare(client, created.rowCount ?? 0);
  // Fresh statistics first when much changed: PGlite has no autovacuum, and rows written
  // earlier in this transaction are invisible to the planner's estimates; without them it
  // picks nested loops over "tiny" tables. ANALYZE samples a fixed number of rows.
  if (large) await client.query('ANALYZE stages, opportunities, stage_history, activities, quotas');
  await client.query('CREATE INDEX ON facts_touched (id)');
  await client.query('ANALYZE facts_touched (id)');
  const written = await rewriteChangedFacts(client, orgId, stages);
  await refreshCloseFacts(client, orgId);
  await raiseDataThrough(client, orgId);
  await client.query('DROP TABLE facts_new');
  await client.query('DROP TABLE facts_touched');
  if (large) await client.query('ANALYZE deal_stage_facts, deal_close_facts, rep_stage_months');
  return written;
}

async function readStageOrder(client: pg.PoolClient, orgId: number): Promise<StageOrder> {
  const { rows } = await client.query<StageOrder>(STAGE_ORDER_SQL, [orgId]);
  return rows[0] ?? { openIds: [], wonIds: [] };
}

/** Whether the touched deals are a sizeable share of all deals (by the planner's own count). */
async function isLargeShare(client: pg.PoolClient, touched: number): Promise<boolean> {
  const { rows } = await client.query<{ n: number }>(
    "SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'opportunities'::regclass");
  const known = rows[0]?.n ?? -1;
  return known <= 0 || touched > known * ANALYZE_SHARE;
}

const STAGE_FACTS = {
  table: 'deal_stage_facts', fresh: 'facts_new', keys: ['opportunity_id', 'stage_ord'],
  values: ['stage_id', 'owner_id', 'reached_on', 'advanced_on', 'won_on', 'entered_on', 'exited_on'],
  delta: ['owner_id', 'stage_ord', 'reached_on', 'advanced_on', 'won_on'],
};

/**
 * Computes the touched deals' facts aside, then, in one statement, reads their rows as they
 * are, writes only the differences (rows updated in place, rows of stages a deal no longer
 * has deleted, new ones inserted: rewrite-changed-rows-sql.ts) and moves the monthly
 * rollups by the net of all three (a deal moving one stage on: one row updated, one
 * inserted, and most rollup cells moved once). Returns the number of facts rows written.
 */
async function rewriteChangedFacts(client: pg.PoolClient, orgId: number, stages: StageOrder): Promise<number> {
  await client.query(`CREATE TEMP TABLE facts_new ON COMMIT DROP AS ${factsSql(stages, 'touched')}`, [orgId]);
  // Statistics of the join key alone: the planner needs the row count and the keys' spread,
  // not the eight value columns' (9 ms of a day's embedded import for all ten, measured).
  await client.query(`ANALYZE facts_new (${STAGE_FACTS.keys.join(', ')})`);
  const { rows } = await client.query<{ n: number }>(`
    WITH ${rewriteChangedRowsSql(STAGE_FACTS)},
    moved AS (${addStageRollupDelta('delta')} RETURNING 1)
    SELECT ((SELECT count(*) FROM added) + (SELECT count(*) FROM updated))::int AS n`, [orgId]);
  return rows[0]!.n;
}
