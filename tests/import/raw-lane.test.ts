// The raw lane's reading of a plain CSV file (ADR 013, ADR 015) against the CSV parser's, on
// generated stage-history files full of awkward cells: both lanes must give the same
// report (problems in the same order, with the same line, column, value and message) and
// stage the same rows. A quote in the file turns the raw lane off; so does a CR.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportProblem, ImportReport } from '../../src/contract/api.ts';
import type { Database } from '../../src/db/client.ts';
import { buildImportPlan } from '../../src/importers/read-import.ts';
import { collectProblems } from '../../src/use-cases/problem-collector.ts';
import { runImport, writePlan } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, PEOPLE_CSV, writeFolder, importBaseDeals } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const OPPORTUNITY = ['d1', 'd2', 'd3', ' d1', 'd1 ', 'nope', '', '=HYPERLINK(1)', "'=x", 'Ünïcode', 'd 2',
  '\u00a0d1', 'd1\u3000', '\td2', 'd3\ufeff', '-d1', '@d2', "'d3", '(d1)'];
const STAGE = ['prospect', 'won', 'lost', 'Won', ' won', 'PROSPECT', 'maybe', '', '-lost'];
const ENTERED = ['2026-01-05', '2026-01-05 10:11', '2026-01-05 10:11:12', '2026-02-29', '2024-02-29 23:59:59',
  '2026-13-01', '2026-01-05T10:11:12', '2026-01-05 24:00', '1899-12-31', ' 2026-01-05', '5/1/2026', '', 'soon',
  '2026-01-05 10:11:60', '2026-04-31'];

const line = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...OPPORTUNITY), fc.constantFrom(...STAGE), fc.constantFrom(...ENTERED)).map((cells) => cells.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', 'd1,won', 'd1,won,2026-01-05,extra', ',,', ' ') },
);

const withDeals = (files: Record<string, string>) =>
  writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS), ...files });

// The parser reports a ragged record while reading a batch, before the batch's rows are
// mapped; the raw lane reports everything in line order. Same problems, compared by line.
function inLineOrder(report: ImportReport): ImportReport {
  const byLine = (a: ImportProblem, b: ImportProblem) => (a.line ?? 0) - (b.line ?? 0);
  return { ...report, errors: [...report.errors].sort(byLine), warnings: [...report.warnings].sort(byLine) };
}

const DEAL_ID = ['n1', 'n2', 'n3', 'd1', ' n4', '', '+n5', 'n6 '];
const NAME = ['', 'Big deal', ' padded ', '=SUM(A1)', 'Ünïcode deal', '(bracketed)', '\u2003em', 'tab\t', '+44 20 7946 0000', "'=SUM(A1)"];
const OWNER = ['r1', 'r2', 'Rita Rep', 'ghost', '', 'r1 '];
const ACCOUNT = ['', 'Acme', 'acme', '@acme', 'Ωmega', 'acme\u00a0'];
const AMOUNT = ['', '0', '1200', '1200.5', '1,200', '$300', '-5', 'lots', '123456789012.99', '1234567890123', '7.125', ' 12'];
const DAY = ['', '2026-01-05', '2026-03-01', '2026-02-30', '2026-01-05 10:00', '1/5/2026', '2027-01-01', ' 2026-01-05'];
const dealLine = fc.tuple(
  fc.constantFrom(...DEAL_ID), fc.constantFrom(...NAME), fc.constantFrom(...OWNER), fc.constantFrom(...ACCOUNT),
  fc.constantFrom(...STAGE), fc.constantFrom(...AMOUNT), fc.constantFrom(...DAY), fc.constantFrom(...DAY), fc.constantFrom(...DAY),
).map((cells) => cells.join(','));

/** Writes through the raw lane, then the same files through the parser lane: that must change nothing. */
async function expectSameRowsStaged(database: Database, folder: string): Promise<boolean> {
  const written = await report(database, folder, true, false);
  if (written.errors.length > 0) return false;
  const again = await report(database, folder, false, false);
  for (const counts of Object.values(again.counts)) expect(counts).toMatchObject({ created: 0, updated: 0 });
  return true;
}

async function report(database: Database, folder: string, raw: boolean, dryRun = true) {
  const problems = collectProblems(false);
  const plan = await buildImportPlan(folder, { preset: 'generic' }, problems);
  if (!raw) {
    delete plan.stageHistoryRaw;
    delete plan.opportunitiesRaw;
  } else expect(plan.stageHistoryRaw ?? plan.opportunitiesRaw).toBeDefined();
  return writePlan(database, plan, problems, { dryRun, actorUserId: null, label: { preset: 'generic', source: folder } });
}

describeEachEngine('raw CSV lane', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await importBaseDeals(database);
  });
  afterAll(async () => database?.close());

  it('reports the same problems (line, column, value, message) and counts as the parser lane', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 30 }), async (lines) => {
      const folder = await withDeals({ 'stage-history.csv': `opportunity,stage,enteredAt\n${lines.join('\n')}` });
      const [viaDatabase, viaParser] = [await report(database, folder, true), await report(database, folder, false)];
      expect(inLineOrder(viaDatabase)).toEqual(inLineOrder(viaParser));
      await expectSameRowsStaged(database, folder);
    }), { numRuns: 30, seed: 20261122 });
  }, 240_000);

  it('reads deals the same way: problems, warnings, repairs and counts', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof({ weight: 10, arbitrary: dealLine }, { weight: 1, arbitrary: fc.constantFrom('', 'n9,x') })), async (lines) => {
      const folder = await writeFolder({
        'people.csv': PEOPLE_CSV,
        'opportunities.csv': `externalId,name,owner,account,stage,amount,createdAt,engagedAt,closedAt\n${lines.join('\n')}`,
      });
      const [viaDatabase, viaParser] = [await report(database, folder, true), await report(database, folder, false)];
      expect(inLineOrder(viaDatabase)).toEqual(inLineOrder(viaParser));
      await expectSameRowsStaged(database, folder);
    }), { numRuns: 30, seed: 20261122 });
  }, 240_000);

  it('stages the same rows through either lane', async () => {
    const folder = await withDeals({ 'stage-history.csv': 'opportunity,stage,enteredAt\nd1,prospect,2026-01-05 10:11\nd1,Won,2026-01-05T12:00:00\n\nd2,won,2026-01-06' });
    await database.pool.query('DELETE FROM stage_history'); // the property tests above may have written some
    const imported = await runImport(database, folder, { preset: 'generic' });
    expect(imported.errors).toEqual([]);
    expect(imported.counts.stageHistory).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const { rows } = await database.pool.query(
      `SELECT o.external_id, st.key, to_char(h.entered_at, 'YYYY-MM-DD HH24:MI:SS') AS at FROM stage_history h
       JOIN opportunities o ON o.id = h.opportunity_id JOIN stages st ON st.id = h.stage_id ORDER BY 1, 3`);
    expect(rows).toEqual([
      { external_id: 'd1', key: 'prospect', at: '2026-01-05 10:11:00' },
      { external_id: 'd1', key: 'won', at: '2026-01-05 12:00:00' },
      { external_id: 'd2', key: 'won', at: '2026-01-06 00:00:00' },
    ]);
  });

  it('stores the same deal values through either lane', async () => {
    const deals = ['externalId,name,owner,account,stage,amount,createdAt,engagedAt,closedAt',
      'v1,,r1,Acme,prospect,1200.5,2026-01-05,,', 'v2, padded ,r2,Ünïcode,won,"1,200",2026-01-05,2026-01-06,2026-02-01',
      'v3,Plain,Rita Rep,,Won,,2026-01-05 10:00,,2026-02-01', 'v4,Open closed,r1,acme,prospect,7.5,2026-01-05,,2026-03-01',
      'v5,Lost,r2,,lost,0,2024-02-29,,2024-03-01', 'v6,No close,r1,,won,99,2026-01-05,,'].join('\n');
    // Without a name column, a deal is named by its id on both lanes.
    const nameless = deals.replace('"1,200"', '1200').split('\n').map((l) => l.split(',').filter((_, i) => i !== 1).join(',')).join('\n');
    for (const content of [deals, deals.replace('"1,200"', '1200'), nameless]) {
      const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': content });
      expect(await expectSameRowsStaged(database, folder)).toBe(true);
      const { rows } = await database.pool.query(`SELECT name FROM opportunities WHERE external_id = 'v1'`);
      expect(rows).toEqual([{ name: 'v1' }]); // v1 has no name in any variant
      await database.pool.query('DELETE FROM opportunities WHERE external_id LIKE $1', ['v%']);
    }
  });

  it('falls back to the parser for a file with a quoted field, and still reports the right lines', async () => {
    const folder = await withDeals({ 'stage-history.csv': 'opportunity,stage,enteredAt\nd1,won,2026-01-05\n"d2",maybe,2026-01-05\nd3,lost,2026-99-01' });
    const viaDatabase = await report(database, folder, true);
    expect(viaDatabase).toEqual(await report(database, folder, false));
    expect(viaDatabase.errors.map((e) => [e.line, e.column])).toEqual([[3, 'stage'], [4, 'enteredAt']]);
  });
});
