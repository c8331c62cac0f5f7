// The full rebuild of the stage facts and their rollups (rebuild-org-facts.ts, ADR 016), on
// both engines: the one-pass facts SQL against the straightforward reference SQL on deals
// that regress, tie, skip stages and win with or without a won row; the incremental path
// over every deal agreeing with it; a second rebuild writing the same rows and putting back
// every key and index it dropped; and another org's rows surviving a rebuild.
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { FACT_COLUMNS, factsSql } from '../../src/db/analytics/deal-stage-facts-sql.ts';
import { refreshDealStageFacts } from '../../src/db/analytics/refresh-deal-stage-facts.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { REFERENCE_FACTS_SQL } from './reference-facts-sql.ts';
import { importDealsFixture, makeDeals, type Deal } from './rollup-fixture.ts';

const deal = (id: string, outcome: Deal['outcome'], closed: string, history: [string, string][]): Deal =>
  ({ id, owner: 'r1', amount: '1000', created: '2025-01-02', history, outcome, closed });
// Histories the generated deals do not have: regressions, loops, two stages entered at the
// same instant, two on the same day, only a won or a lost row, a won row before the close.
const AWKWARD: Deal[] = [
  deal('x-back', 'open', '', [['qualify', '2025-02-01'], ['propose', '2025-02-05'], ['negotiate', '2025-02-10'], ['propose', '2025-02-20']]),
  deal('x-loop', 'won', '2025-03-30', [['qualify', '2025-03-01'], ['propose', '2025-03-03'], ['qualify', '2025-03-05'],
    ['propose', '2025-03-09'], ['commit', '2025-03-20'], ['won', '2025-03-30']]),
  deal('x-tie', 'lost', '2025-03-20', [['qualify', '2025-03-01 10:00'], ['propose', '2025-03-01 10:00'], ['negotiate', '2025-03-10'], ['lost', '2025-03-20']]),
  deal('x-sameday', 'open', '', [['qualify', '2025-04-01 09:00'], ['propose', '2025-04-01 15:00']]),
  deal('x-wononly', 'won', '2025-05-05', [['won', '2025-05-05']]),
  deal('x-lostonly', 'lost', '2025-05-06', [['lost', '2025-05-06']]),
  deal('x-earlywon', 'won', '2025-05-09', [['qualify', '2025-05-01'], ['won', '2025-05-03']]),
];
const TABLES = ['deal_stage_facts', 'deal_close_facts', 'rep_stage_months', 'rep_close_months', 'rep_open_deals', 'analytics_extents'];
type Queryable = pg.Pool | pg.PoolClient;

/** A digest and row count of each derived table's rows for the org. */
async function contents(db: Queryable, orgId: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t WHERE org_id = $1`, [orgId]);
    out[table] = `${rows[0]!.n} rows ${rows[0]!.digest}`;
  }
  return out;
}

/** Every index and constraint of the derived tables, as PostgreSQL would recreate them. */
async function keysAndIndexes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ def: string }>(`
    SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indrelid::regclass::text = ANY($1::text[])
    UNION ALL
    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid::regclass::text = ANY($1::text[])
    ORDER BY 1`, [TABLES]);
  return rows.map((r) => r.def);
}

async function inTransaction<T>(database: Database, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describeEachEngine('full rebuild of the stage facts and rollups', (engine) => {
  let database: Database;
  let orgId: number;
  const deals = [...makeDeals(300), ...AWKWARD];

  beforeAll(async () => {
    ({ database, orgId } = await importDealsFixture(engine, deals));
  }, 120_000);
  afterAll(async () => { await database?.close(); });

  it('writes exactly the facts of the reference SQL', async () => {
    const order = 'ORDER BY opportunity_id, stage_ord';
    const { rows: ours } = await database.pool.query(`SELECT ${FACT_COLUMNS} FROM deal_stage_facts WHERE org_id = $1 ${order}`, [orgId]);
    const { rows: reference } = await database.pool.query(`SELECT ${FACT_COLUMNS} FROM (${REFERENCE_FACTS_SQL}) r ${order}`, [orgId]);
    expect(ours.length).toBeGreaterThan(deals.length);
    expect(ours).toEqual(reference);
  });

  it('agrees with the incremental path: refreshing every deal changes no row', async () => {
    const before = await contents(database.pool, orgId);
    await inTransaction(database, async (client) => {
      expect(await refreshDealStageFacts(client, orgId, 'true')).toBe(0);
      expect(await contents(client, orgId)).toEqual(before);
    });
  });

  it('rebuilds the same rows again and puts back every key and index it dropped', async () => {
    const before = await contents(database.pool, orgId);
    const catalog = await keysAndIndexes(database.pool);
    expect(catalog.some((d) => /^deal_stage_facts \S+ PRIMARY KEY/.test(d))).toBe(true);
    expect(catalog.filter((d) => d.startsWith('CREATE INDEX deal_stage_facts_'))).toHaveLength(2);
    await inTransaction(database, async (client) => {
      expect(await refreshDealStageFacts(client, orgId, 'all')).toBeGreaterThan(deals.length);
      expect(await contents(client, orgId)).toEqual(before);
      expect(await keysAndIndexes(client)).toEqual(catalog);
    });
    expect(await contents(database.pool, orgId)).toEqual(before);
  });

  it("keeps another org's rows and replaces only this org's", async () => {
    const before = await contents(database.pool, orgId);
    await inTransaction(database, async (client) => {
      const { rows: [other] } = await client.query<{ id: number }>("INSERT INTO orgs (name) VALUES ('Other') RETURNING id");
      const otherId = other!.id;
      await client.query("INSERT INTO rep_stage_months VALUES ($1, '2025-01-01', 1, 1, 3, 2, 1)", [otherId]);
      await client.query("INSERT INTO rep_close_months VALUES ($1, '2025-01-01', 1, 1, 0, 0, 10, 0, 10, 0)", [otherId]);
      await client.query('INSERT INTO rep_open_deals VALUES ($1, 1, 2, 20, 0)', [otherId]);
      const others = await contents(client, otherId);
      await refreshDealStageFacts(client, orgId, 'all');
      expect(await contents(client, orgId)).toEqual(before);
      expect(await contents(client, otherId)).toEqual(others);
      expect(others.rep_stage_months).toMatch(/^1 rows/);
    });
  });

  it('an org without open stages has no facts', async () => {
    const { rows } = await database.pool.query(factsSql({ openIds: [], wonIds: [1] }, 'all'), [orgId]);
    expect(rows).toEqual([]);
  });
});
