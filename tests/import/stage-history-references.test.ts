// Property-based: stage_history has no foreign keys (ADR 019), so the import alone keeps every
// row pointing at a stored deal and a stage of the process. For generated history files, some
// rows naming a deal or a stage that does not exist, the import either lands whole (no bad
// row) or reports every bad row and writes nothing; either way no stored row is orphaned.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, writeFolder, importBaseDeals } from '../helpers/generic-fixture.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const ORPHANS_SQL = `
  SELECT count(*)::int AS n FROM stage_history h
  WHERE NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.org_id = h.org_id AND o.id = h.opportunity_id)
     OR NOT EXISTS (SELECT 1 FROM stages s WHERE s.org_id = h.org_id AND s.id = h.stage_id)`;

const row = fc.record({
  deal: fc.constantFrom('d1', 'd2', 'd3', 'ghost-deal'),
  stage: fc.constantFrom('prospect', 'discover', 'won', 'lost', 'not-a-stage'),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 8, max: 18 }),
});

describeEachEngine('stage history references', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await importBaseDeals(database);
  });
  afterAll(async () => database?.close());

  it('stores only rows whose deal and stage exist, or reports the others and writes nothing', async () => {
    const count = async () => (await tableCounts(database)).stage_history!;
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
      const before = await count();
      const lines = rows.map((r) => `${r.deal},${r.stage},2026-02-${String(r.day).padStart(2, '0')} ${String(r.hour).padStart(2, '0')}:00:00`);
      // Lines of the file (the header is line 1) whose deal or stage does not exist.
      const bad = rows.flatMap((r, i) => (r.deal === 'ghost-deal' || r.stage === 'not-a-stage' ? [i + 2] : []));
      const report = await runImport(database, await writeFolder({
        'opportunities.csv': opportunitiesCsv(BASE_DEALS), // as stored: unchanged
        'stage-history.csv': ['opportunity,stage,enteredAt', ...lines].join('\n'),
      }), { preset: 'generic' });
      if (bad.length === 0) {
        expect(report.errors).toEqual([]);
        expect(await count()).toBeGreaterThanOrEqual(before);
      } else {
        // Every bad line is named, and no good one.
        expect(new Set(report.errors.map((e) => `${e.file}:${e.line}`))).toEqual(new Set(bad.map((line) => `stage-history.csv:${line}`)));
        expect(await count()).toBe(before);
      }
      expect((await database.pool.query<{ n: number }>(ORPHANS_SQL)).rows[0]!.n).toBe(0);
    }), { numRuns: 25 });
  });
});
