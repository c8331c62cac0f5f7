// Atomic (any error: nothing written), idempotent (same files: nothing changes), updates
// by external id, and dry runs that write nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, PEOPLE_CSV, writeFolder } from '../helpers/generic-fixture.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

describeEachEngine('import atomicity and idempotence', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => database?.close());

  it('a dry run reports the counts and writes nothing', async () => {
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    const before = await tableCounts(database);
    const report = await runImport(database, folder, { preset: 'generic', dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.dryRun).toBe(true);
    expect(report.counts.opportunities).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('imports, then the same files again change nothing', async () => {
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    const first = await runImport(database, folder, { preset: 'generic' });
    expect(first.errors).toEqual([]);
    expect(first.counts.people).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.counts.opportunities).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const second = await runImport(database, folder, { preset: 'generic' });
    expect(second.counts.people).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(second.counts.opportunities).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const { rows } = await database.pool.query(
      `SELECT o.external_id, o.amount, p.name AS owner, m.name AS manager FROM opportunities o
       JOIN people p ON p.id = o.owner_id LEFT JOIN people m ON m.id = p.manager_id ORDER BY o.external_id`);
    expect(rows).toEqual([
      { external_id: 'd1', amount: 1000, owner: 'Rita Rep', manager: 'Maria Manager' },
      { external_id: 'd2', amount: 2500.5, owner: 'Rita Rep', manager: 'Maria Manager' },
      { external_id: 'd3', amount: 900, owner: 'Raj Rep', manager: 'Maria Manager' },
    ]);
  });

  it('a changed row updates by external id; a new one is created', async () => {
    const changed = BASE_DEALS.map((r) => (r[0] === 'd1' ? ['d1', 'Deal one', 'r2', 'prospect', '1200', '2026-01-05', ''] : r));
    const folder = await writeFolder({ 'opportunities.csv': opportunitiesCsv([...changed, ['d4', 'Deal four', 'r1', 'prospect', '', '2026-04-01', '']]) });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(report.counts.opportunities).toEqual({ created: 1, updated: 1, unchanged: 2 });
    const { rows } = await database.pool.query(
      `SELECT o.amount, p.external_id AS owner FROM opportunities o JOIN people p ON p.id = o.owner_id WHERE o.external_id IN ('d1', 'd4') ORDER BY o.external_id`);
    expect(rows).toEqual([{ amount: 1200, owner: 'r2' }, { amount: null, owner: 'r1' }]);
  });

  it('one bad row means nothing of that import is written, and the error names file, line and column', async () => {
    const before = await tableCounts(database);
    const folder = await writeFolder({
      'people.csv': `${PEOPLE_CSV}\nr3,Rosa Rep,rep,m1,rosa@example.com,South`,
      'opportunities.csv': opportunitiesCsv([...BASE_DEALS, ['d5', 'Deal five', 'r3', 'prospect', '10', '2026-05-01', ''], ['d6', 'Deal six', 'nobody', 'prospect', '10', '2026-05-01', '']]),
    });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'opportunities.csv', line: 6, column: 'owner', value: 'nobody' }),
    ]);
    expect(await tableCounts(database)).toEqual(before);
    const { rows } = await database.pool.query("SELECT count(*)::int AS n FROM people WHERE external_id = 'r3'");
    expect(rows[0].n).toBe(0);
  });

  it('reports duplicate ids with the line of the repeat', async () => {
    const folder = await writeFolder({ 'opportunities.csv': opportunitiesCsv([...BASE_DEALS, ['d2', 'Deal two again', 'r1', 'prospect', '5', '2026-01-10', '']]) });
    const report = await runImport(database, folder, { preset: 'generic', dryRun: true });
    expect(report.errors).toEqual([expect.objectContaining({ file: 'opportunities.csv', line: 5, column: 'externalId', value: 'd2' })]);
  });
});

describeEachEngine('people checks', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => database?.close());

  it('reports a reporting loop and writes nothing', async () => {
    const folder = await writeFolder({
      'people.csv': ['externalId,name,role,manager', 'a,Ann,manager,b', 'b,Bo,manager,a', 'c,Cy,rep,a'].join('\n'),
      'opportunities.csv': opportunitiesCsv([['x1', 'Deal', 'c', 'prospect', '5', '2026-01-01', '']]),
    });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors.map((e) => [e.file, e.line, e.column, e.value])).toEqual([
      ['people.csv', 2, 'manager', 'b'], ['people.csv', 3, 'manager', 'a'],
    ]);
    expect((await tableCounts(database)).people).toBe(0);
  });

  it('creates people named only as managers, as managers, with a warning', async () => {
    const folder = await writeFolder({
      'people.csv': ['externalId,name,role,manager', 'r1,Rita,rep,Boss Person'].join('\n'),
      'opportunities.csv': opportunitiesCsv([['y1', 'Deal', 'r1', 'prospect', '5', '2026-01-01', '']]),
    });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'people.csv', line: 2, column: 'manager', value: 'Boss Person' }));
    const { rows } = await database.pool.query(
      "SELECT m.name, m.role FROM people r JOIN people m ON m.id = r.manager_id WHERE r.external_id = 'r1'");
    expect(rows).toEqual([{ name: 'Boss Person', role: 'manager' }]);
  });
});
