// Property-based: for generated deal files with at most one corrupted cell, an import
// either lands whole (no corruption) or reports the corrupted line and column and writes
// nothing at all: what was stored before is never lost or half-written.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { opportunitiesCsv, PEOPLE_CSV, writeFolder, importBaseDeals } from '../helpers/generic-fixture.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const COLUMNS = ['externalId', 'name', 'owner', 'stage', 'amount', 'createdAt', 'closedAt'] as const;
// Column index -> a bad value for it and why it is bad.
const CORRUPTIONS: { column: number; value: string }[] = [
  { column: 2, value: 'ghost-owner' },    // matches no person
  { column: 3, value: 'maybe-later' },    // not a stage
  { column: 4, value: '-250' },           // negative amount
  { column: 4, value: 'twelve' },         // not a number
  { column: 5, value: '2026-02-30' },     // no such date
  { column: 6, value: '2020-01-01' },     // closed before created
];

const deal = fc.record({
  owner: fc.constantFrom('r1', 'r2'),
  stage: fc.constantFrom('prospect', 'discover', 'won', 'lost'),
  amount: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  day: fc.integer({ min: 1, max: 28 }),
  name: fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[",\n\r]/g, ' ').trim() || 'x'),
});

describeEachEngine('generated import files', (engine) => {
  let database: Database;
  let run = 0;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await importBaseDeals(database);
  });
  afterAll(async () => database?.close());

  it('lands whole, or names the bad cell and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(deal, { minLength: 1, maxLength: 40 }),
      fc.option(fc.record({ row: fc.nat(), corruption: fc.constantFrom(...CORRUPTIONS) }), { nil: null }),
      async (deals, fault) => {
        run += 1;
        const rows = deals.map((d, i) => {
          const closed = d.stage === 'won' || d.stage === 'lost';
          return [`gen-${run}-${i}`, d.name, d.owner, d.stage, d.amount === null ? '' : String(d.amount),
            `2026-03-${String(d.day).padStart(2, '0')}`, closed ? '2026-04-15' : ''];
        });
        const bad = fault ? fault.row % rows.length : -1;
        if (fault) rows[bad]![fault.corruption.column] = fault.corruption.value;
        const before = await tableCounts(database);
        // With a people file, an unknown owner is an error (without one, owners would be created).
        const report = await runImport(database, await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(rows) }), { preset: 'generic' });
        if (!fault) {
          expect(report.errors).toEqual([]);
          expect((await tableCounts(database)).opportunities).toBe(before.opportunities! + rows.length);
          return;
        }
        expect(report.errors.length).toBeGreaterThan(0);
        expect(report.errors).toContainEqual(expect.objectContaining({
          file: 'opportunities.csv', line: bad + 2, column: COLUMNS[fault.corruption.column],
        }));
        expect(await tableCounts(database)).toEqual(before);
      },
    ), { numRuns: 25, seed: 20261122 });
  }, 180_000);
});
