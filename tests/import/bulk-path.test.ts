// The import suites again, with every write forced onto the bulk path (foreign keys and
// non-unique indexes dropped and rebuilt inside the transaction, ADR 013), so that both
// paths pass the same tests. The plain path is what the suites' own files run: their
// imports are too small for the bulk path in the default 'auto' mode.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { setDefaultBulkLoadMode, withBulkLoad } from '../../src/db/import/bulk-load.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, PEOPLE_CSV, writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

setDefaultBulkLoadMode('always');
await import('./import-atomic-idempotent.test.ts');
await import('./import-generated-input.test.ts');
await import('./import-real-datasets.test.ts');
await import('./export-round-trip.test.ts');

const SHAPE_SQL = `
  SELECT 'index ' || indexname || ': ' || indexdef AS item FROM pg_indexes
  WHERE schemaname = 'public' AND tablename IN ('opportunities', 'stage_history', 'field_history', 'activities', 'stakeholders')
  UNION ALL
  SELECT 'key ' || conname || ': ' || pg_get_constraintdef(oid) || ' ' || convalidated::text FROM pg_constraint
  WHERE conrelid IN ('opportunities'::regclass, 'stage_history'::regclass, 'field_history'::regclass,
                     'activities'::regclass, 'stakeholders'::regclass)
  ORDER BY 1`;

describeEachEngine('bulk path', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => database?.close());

  it('puts back every foreign key (validated) and index, whether the import commits or fails', async () => {
    const shape = async () => (await database.pool.query<{ item: string }>(SHAPE_SQL)).rows.map((r) => r.item);
    const before = await shape();
    expect(before.filter((item) => item.startsWith('key ')).length).toBeGreaterThan(5);
    const history = 'opportunity,stage,enteredAt\nd1,prospect,2026-01-05\nd2,won,2026-03-01';
    const good = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS), 'stage-history.csv': history });
    const report = await runImport(database, good, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(report.counts.stageHistory).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await shape()).toEqual(before);
    // The deals upsert on the bulk path, then a history row names no deal: all rolled back.
    const bad = await writeFolder({
      'opportunities.csv': opportunitiesCsv([...BASE_DEALS, ['d9', 'Deal nine', 'r1', 'prospect', '1', '2026-01-01', '']]),
      'stage-history.csv': `${history}\nnone,prospect,2026-01-01`,
    });
    expect((await runImport(database, bad, { preset: 'generic' })).errors).toHaveLength(1);
    expect(await shape()).toEqual(before);
  });

  it('runs the write with the keys and non-unique indexes gone, and nothing else', async () => {
    const client = await database.pool.connect();
    const keysAndIndexes = async () => (await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM pg_constraint WHERE conrelid = 'activities'::regclass AND contype = 'f')
            + (SELECT count(*) FROM pg_indexes WHERE tablename = 'activities')::int AS n`)).rows[0]!.n;
    try {
      await client.query('BEGIN');
      const before = await keysAndIndexes();
      const during = await withBulkLoad(client, 'activities', true, keysAndIndexes);
      expect(before - during).toBe(5); // 2 foreign keys and 3 secondary indexes; the primary key stays
      expect(await keysAndIndexes()).toBe(before);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
