// deal_stage_facts (src/db/analytics/refresh-deal-stage-facts.ts), rebuilt on import: the
// exact rows for hand-written stage histories (docs/analytics.md "Stage conversion"), and
// a re-import that changes one deal, a same-file re-import and a dry run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const STAGES_CSV = [
  'key,name,position,kind',
  'qualify,Qualify,1,open',
  'propose,Propose,2,open',
  'negotiate,Negotiate,3,open',
].join('\n');

const PEOPLE_CSV = [
  'externalId,name,role,manager',
  'm1,Mo Manager,manager,',
  'r1,Rita Rep,rep,m1',
  'r2,Raj Rep,rep,m1',
].join('\n');

const DEALS: string[][] = [
  // externalId, owner, stage, amount, createdAt, closedAt
  ['walk', 'r1', 'won', '1000', '2026-01-05', '2026-03-01'],
  ['skip', 'r1', 'negotiate', '1000', '2026-01-10', ''],
  ['wonnorow', 'r1', 'won', '1000', '2026-01-15', '2026-03-20'],
  ['lost', 'r2', 'lost', '1000', '2026-01-08', '2026-02-20'],
  ['regress', 'r2', 'negotiate', '1000', '2026-01-03', ''],
  ['back', 'r2', 'propose', '1000', '2026-01-05', ''],
  ['nohist', 'r2', 'propose', '1000', '2026-01-20', ''],
  ['wonnohist', 'r2', 'won', '1000', '2026-01-20', '2026-03-01'],
];
const opportunitiesCsv = (rows: string[][]) =>
  ['externalId,owner,stage,amount,createdAt,closedAt', ...rows.map((r) => r.join(','))].join('\n');

const HISTORY: string[][] = [
  // every stage, then won (times of day are dropped: facts are dates)
  ['walk', 'qualify', '2026-01-05 09:30'], ['walk', 'propose', '2026-01-20'], ['walk', 'negotiate', '2026-02-10'], ['walk', 'won', '2026-03-01'],
  // Qualify, then straight to Negotiate: Propose is skipped
  ['skip', 'qualify', '2026-01-10'], ['skip', 'negotiate', '2026-02-01'],
  // every open stage, but no won row: the close date stands in
  ['wonnorow', 'qualify', '2026-01-15'], ['wonnorow', 'propose', '2026-02-15'], ['wonnorow', 'negotiate', '2026-03-01'],
  // lost from Propose
  ['lost', 'qualify', '2026-01-08'], ['lost', 'propose', '2026-01-25'], ['lost', 'lost', '2026-02-20'],
  // back to Qualify, then forward again to Negotiate (rows written out of order on purpose)
  ['regress', 'negotiate', '2026-02-05'], ['regress', 'qualify', '2026-01-03'], ['regress', 'propose', '2026-01-10'],
  ['regress', 'qualify', '2026-01-17'], ['regress', 'propose', '2026-01-24'],
  // up to Negotiate, then back to Propose where it sits
  ['back', 'qualify', '2026-01-05'], ['back', 'propose', '2026-01-12'], ['back', 'negotiate', '2026-01-19'], ['back', 'propose', '2026-02-02'],
];
const historyCsv = (rows: string[][]) => ['opportunity,stage,enteredAt', ...rows.map((r) => r.join(','))].join('\n');

type FactRow = {
  deal: string; ord: number; stage: string; owner: string;
  reached: string; advanced: string | null; won: string | null; entered: string | null; exited: string | null;
};
// [deal, ord, stage, owner, reached_on, advanced_on, won_on, entered_on, exited_on]
type Tuple = [string, number, string, string, string, string | null, string | null, string | null, string | null];
const fact = ([deal, ord, stage, owner, reached, advanced, won, entered, exited]: Tuple): FactRow =>
  ({ deal, ord, stage, owner, reached, advanced, won, entered, exited });

const EXPECTED: Tuple[] = [
  // back: 1 Qualify 01-05 → 2 Propose 01-12 → 3 Negotiate 01-19, back to Propose 02-02.
  // Reach uses the FIRST entry; Negotiate was left on 02-02 (the regression is a stage change).
  ['back', 1, 'qualify', 'r2', '2026-01-05', '2026-01-12', null, '2026-01-05', '2026-01-12'],
  ['back', 2, 'propose', 'r2', '2026-01-12', '2026-01-19', null, '2026-01-12', '2026-01-19'],
  ['back', 3, 'negotiate', 'r2', '2026-01-19', null, null, '2026-01-19', '2026-02-02'],
  // lost: stops at Propose; no row beyond, no advance from Propose; the lost row ends the stay.
  ['lost', 1, 'qualify', 'r2', '2026-01-08', '2026-01-25', null, '2026-01-08', '2026-01-25'],
  ['lost', 2, 'propose', 'r2', '2026-01-25', null, null, '2026-01-25', '2026-02-20'],
  // regress: Qualify 01-03, Propose 01-10, Qualify 01-17, Propose 01-24, Negotiate 02-05.
  ['regress', 1, 'qualify', 'r2', '2026-01-03', '2026-01-10', null, '2026-01-03', '2026-01-10'],
  ['regress', 2, 'propose', 'r2', '2026-01-10', '2026-02-05', null, '2026-01-10', '2026-01-17'],
  ['regress', 3, 'negotiate', 'r2', '2026-02-05', null, null, '2026-02-05', null],
  // skip: Propose counts as passed on the day Negotiate was reached; it was never entered.
  ['skip', 1, 'qualify', 'r1', '2026-01-10', '2026-02-01', null, '2026-01-10', '2026-02-01'],
  ['skip', 2, 'propose', 'r1', '2026-02-01', '2026-02-01', null, null, null],
  ['skip', 3, 'negotiate', 'r1', '2026-02-01', null, null, '2026-02-01', null],
  // walk: every stage, won on 03-01 (from the won row).
  ['walk', 1, 'qualify', 'r1', '2026-01-05', '2026-01-20', '2026-03-01', '2026-01-05', '2026-01-20'],
  ['walk', 2, 'propose', 'r1', '2026-01-20', '2026-02-10', '2026-03-01', '2026-01-20', '2026-02-10'],
  ['walk', 3, 'negotiate', 'r1', '2026-02-10', '2026-03-01', '2026-03-01', '2026-02-10', '2026-03-01'],
  // wonnorow: no won row; the last open stage advances on the close date 03-20, and the stay in
  // it ends on that date too (a closed deal left its last stage when it closed).
  ['wonnorow', 1, 'qualify', 'r1', '2026-01-15', '2026-02-15', '2026-03-20', '2026-01-15', '2026-02-15'],
  ['wonnorow', 2, 'propose', 'r1', '2026-02-15', '2026-03-01', '2026-03-20', '2026-02-15', '2026-03-01'],
  ['wonnorow', 3, 'negotiate', 'r1', '2026-03-01', '2026-03-20', '2026-03-20', '2026-03-01', '2026-03-20'],
  // nohist and wonnohist: no stage history → no rows.
];

async function facts(database: Database): Promise<FactRow[]> {
  const { rows } = await database.pool.query<FactRow>(`
    SELECT o.external_id AS deal, f.stage_ord AS ord, s.key AS stage, p.external_id AS owner,
           f.reached_on AS reached, f.advanced_on AS advanced, f.won_on AS won, f.entered_on AS entered, f.exited_on AS exited
    FROM deal_stage_facts f
    JOIN opportunities o ON o.id = f.opportunity_id
    JOIN stages s ON s.id = f.stage_id
    JOIN people p ON p.id = f.owner_id
    ORDER BY o.external_id, f.stage_ord`);
  return rows;
}

async function dataVersion(database: Database): Promise<number> {
  const { rows } = await database.pool.query<{ v: number }>('SELECT data_version AS v FROM orgs');
  expect(rows).toHaveLength(1);
  return rows[0]!.v;
}

describeEachEngine('deal_stage_facts', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const folder = await writeFolder({
      'stages.csv': STAGES_CSV, 'people.csv': PEOPLE_CSV,
      'opportunities.csv': opportunitiesCsv(DEALS), 'stage-history.csv': historyCsv(HISTORY),
    });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors).toEqual([]);
  });
  afterAll(async () => database?.close());

  describe('after the first import', () => {
    it('has exactly the hand-computed rows', async () => {
      expect(await facts(database)).toEqual(EXPECTED.map(fact));
    });

    it('stage_ord follows the process order and matches stage_id', async () => {
      const { rows } = await database.pool.query<{ bad: number }>(`
        SELECT count(*)::int AS bad FROM deal_stage_facts f JOIN stages s ON s.id = f.stage_id
        WHERE s.kind <> 'open' OR s.position <> f.stage_ord`);
      expect(rows[0]!.bad).toBe(0);
    });

    it('a deal without stage history has no rows, even when won', async () => {
      const { rows } = await database.pool.query<{ n: number }>(`
        SELECT count(*)::int AS n FROM deal_stage_facts f JOIN opportunities o ON o.id = f.opportunity_id
        WHERE o.external_id IN ('nohist', 'wonnohist')`);
      expect(rows[0]!.n).toBe(0);
    });
  });

  describe('re-imports', () => {
    it('the same files again change nothing, not even the data version', async () => {
      const before = await dataVersion(database);
      const folder = await writeFolder({
        'stages.csv': STAGES_CSV, 'people.csv': PEOPLE_CSV,
        'opportunities.csv': opportunitiesCsv(DEALS), 'stage-history.csv': historyCsv(HISTORY),
      });
      const report = await runImport(database, folder, { preset: 'generic' });
      expect(report.errors).toEqual([]);
      expect(report.counts.opportunities).toEqual({ created: 0, updated: 0, unchanged: DEALS.length });
      expect(await dataVersion(database)).toBe(before);
      expect(await facts(database)).toEqual(EXPECTED.map(fact));
    });

    it('a dry run of a change writes no fact and keeps the data version', async () => {
      const before = await dataVersion(database);
      const deals = DEALS.map((d) => (d[0] === 'walk' ? ['walk', 'r2', ...d.slice(2)] : d));
      const folder = await writeFolder({
        'stages.csv': STAGES_CSV, 'opportunities.csv': opportunitiesCsv(deals),
        'stage-history.csv': historyCsv([...HISTORY, ['nohist', 'qualify', '2026-01-21']]),
      });
      const report = await runImport(database, folder, { preset: 'generic', dryRun: true });
      expect(report.errors).toEqual([]);
      expect(report.dryRun).toBe(true);
      expect(report.counts.opportunities).toEqual({ created: 0, updated: 1, unchanged: DEALS.length - 1 });
      expect(report.counts.stageHistory).toMatchObject({ created: 1 });
      expect(await dataVersion(database)).toBe(before);
      expect(await facts(database)).toEqual(EXPECTED.map(fact));
    });

    it('changing one deal (owner and one more stage) rebuilds only its rows and bumps the data version', async () => {
      const before = await dataVersion(database);
      // skip: now owned by r2, and it did enter Propose on 01-20 (no longer a skipped stage).
      const deals = DEALS.map((d) => (d[0] === 'skip' ? ['skip', 'r2', ...d.slice(2)] : d));
      const folder = await writeFolder({
        'stages.csv': STAGES_CSV, 'opportunities.csv': opportunitiesCsv(deals),
        'stage-history.csv': historyCsv([...HISTORY, ['skip', 'propose', '2026-01-20']]),
      });
      const report = await runImport(database, folder, { preset: 'generic' });
      expect(report.errors).toEqual([]);
      expect(report.counts.opportunities).toEqual({ created: 0, updated: 1, unchanged: DEALS.length - 1 });
      expect(report.counts.stageHistory).toMatchObject({ created: 1 });
      expect(await dataVersion(database)).toBeGreaterThan(before);
      const changed: Tuple[] = [
        ['skip', 1, 'qualify', 'r2', '2026-01-10', '2026-01-20', null, '2026-01-10', '2026-01-20'],
        ['skip', 2, 'propose', 'r2', '2026-01-20', '2026-02-01', null, '2026-01-20', '2026-02-01'],
        ['skip', 3, 'negotiate', 'r2', '2026-02-01', null, null, '2026-02-01', null],
      ];
      const expected = [...EXPECTED.filter((t) => t[0] !== 'skip'), ...changed]
        .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
      expect(await facts(database)).toEqual(expected.map(fact));
    });
  });
});
