// Every bad-input rule of SPEC §4.1, each on a tiny file in the generic default layout,
// with the exact file, line, column and value of the problem.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpportunityRecord } from '../core/crm/records.ts';
import { buildImportPlan, type ImportOptions } from './read-import.ts';
import { collectProblems, drainPlan, recordsOf, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

const HEADER = 'externalId,owner,stage,amount,createdAt,closedAt,name';

async function importDeals(rows: string[] | Uint8Array, options: Partial<ImportOptions> = {}, extra: Record<string, string> = {}) {
  const content = Array.isArray(rows) ? [HEADER, ...rows].join('\n') + '\n' : rows;
  const folder = writeFolder({ 'opportunities.csv': content, 'people.csv': 'name\nAnn\n', ...extra });
  const problems = collectProblems();
  const plan = await buildImportPlan(folder, { preset: 'generic', ...options }, problems);
  const drained = await drainPlan(plan);
  return { problems, deals: recordsOf<OpportunityRecord>(drained, 'opportunities'), plan, folder };
}

const at = (problem: { file: string; line: number | null; column: string | null; value: string | null } | undefined) =>
  problem && [problem.file, problem.line, problem.column, problem.value];

describe('bad input in the generic layout', () => {
  it('ragged rows: an error naming the line, the other rows still read', async () => {
    const { problems, deals } = await importDeals(['D1,Ann,won,5,,,', 'D2,Ann,won', 'D3,Ann,won,5,,,']);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 3, null, 'D2,Ann,won']]);
    expect(deals.map((deal) => deal.externalId)).toEqual(['D1', 'D3']);
  });

  it('unterminated quotes: an error at the line where the quote opens', async () => {
    const { problems, deals } = await importDeals(['D1,Ann,won,5,,,', 'D2,Ann,won,5,,,"Acme', 'D3,Ann,won,5,,,']);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 3, null, null]]);
    expect(problems.errors[0]?.message).toMatch(/never closed/);
    expect(deals).toHaveLength(1);
  });

  it('encodings: UTF-16 LE with BOM decoded; invalid UTF-8 an error at its line and column', async () => {
    const text = `${HEADER}\nD1,Zoë,won,5,,,Ünïcode\n`;
    const utf16 = await importDeals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(utf16.problems.errors).toEqual([]);
    expect(utf16.deals[0]).toMatchObject({ ownerRef: 'Zoë', name: 'Ünïcode' });
    const latin1 = await importDeals(Buffer.from(`${HEADER}\nD1,Ann,won,5,,,ok\nD2,Ann,won,5,,,Caf\xe9\n`, 'latin1'));
    expect(latin1.problems.errors.map(at)).toEqual([['opportunities.csv', 3, 'name', 'Caf\uFFFD']]);
    expect(latin1.problems.errors[0]?.message).toBe('expected UTF-8 text; re-save the file as UTF-8');
  });

  it('dates: invalid calendar dates and wrong layouts are errors saying what was expected', async () => {
    const { problems, deals } = await importDeals(['D1,Ann,won,5,2017-02-30,,', 'D2,Ann,won,5,03/01/2017,,', 'D3,Ann,won,5,2017-03-01 10:00:00,2017-03-02,']);
    expect(problems.errors.map(at)).toEqual([
      ['opportunities.csv', 2, 'createdAt', '2017-02-30'], ['opportunities.csv', 3, 'createdAt', '03/01/2017'],
    ]);
    expect(problems.errors[1]?.message).toBe('expected a date like 2017-03-01 (YYYY-MM-DD)');
    expect(deals[0]).toMatchObject({ createdAt: '2017-03-01', closedAt: '2017-03-02' });
  });

  it('amounts: accepted forms, negative and non-numeric refused, empty unknown, won without amount warned', async () => {
    const { problems, deals } = await importDeals([
      'D1,Ann,won,500,,,', 'D2,Ann,won,500.0,,,', 'D3,Ann,won,"1,234.50",,,', 'D4,Ann,won,"$1,200",,,',
      'D5,Ann,won,-5,,,', 'D6,Ann,won,five,,,', 'D7,Ann,won,,,,',
    ]);
    expect(deals.map((deal) => deal.amount)).toEqual([500, 500, 1234.5, 1200, null]);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 6, 'amount', '-5'], ['opportunities.csv', 7, 'amount', 'five']]);
    expect(problems.errors.map((problem) => problem.message)).toEqual([
      'negative amount; expected 0 or more, like 1234.50', 'expected an amount like 1234.50, 1,234.50 or $1,200',
    ]);
    expect(problems.warnings.filter((problem) => problem.column === 'amount').map(at)).toEqual([['opportunities.csv', 8, 'amount', '']]);
    expect(problems.warnings.find((problem) => problem.column === 'amount')?.message).toMatch(/stored as unknown/);
  });

  it('close before create is an error', async () => {
    const { problems, deals } = await importDeals(['D1,Ann,won,5,2017-03-05,2017-03-04,']);
    expect(deals).toEqual([]);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 2, 'closedAt', '2017-03-04']]);
    expect(problems.errors[0]?.message).toBe('closed 2017-03-04 before it was created 2017-03-05; expected a close date on or after the created date');
  });

  it('close before engage is an error', async () => {
    const folder = writeFolder({ 'opportunities.csv': 'externalId,owner,stage,engagedAt,closedAt\nD1,Ann,lost,2017-03-09,2017-03-04\n' });
    const problems = collectProblems();
    await drainPlan(await buildImportPlan(folder, { preset: 'generic' }, problems));
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 2, 'closedAt', '2017-03-04']]);
    expect(problems.errors[0]?.message).toBe('closed 2017-03-04 before it was engaged 2017-03-09; expected a close date on or after the engaged date');
  });

  it('unknown stages: an error listing the known values', async () => {
    const { problems, deals } = await importDeals(['D1,Ann,Discover,5,,,', 'D2,Ann,Pending,5,,,']);
    expect(deals.map((deal) => deal.stageKey)).toEqual(['discover']);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 3, 'stage', 'Pending']]);
    expect(problems.errors[0]?.message).toMatch(/^unknown stage "Pending"; expected one of: Prospect, Discover, Teach \/ Reframe, .*Won, Lost, No decision/);
  });

  it('formula-injection cells: a warning, the value stored unchanged; our own escape undone', async () => {
    const { problems, deals } = await importDeals(["D1,Ann,won,5,,,=cmd|' /C calc'!A0", "D2,Ann,won,5,,,'=SUM(A1)", 'D3,Ann,won,5,,,+44 20 7946 0958']);
    expect(problems.errors).toEqual([]);
    expect(deals.map((deal) => deal.name)).toEqual(["=cmd|' /C calc'!A0", '=SUM(A1)', '+44 20 7946 0958']);
    expect(problems.warnings.filter((problem) => problem.column === 'name').map(at)).toEqual([
      ['opportunities.csv', 2, 'name', "=cmd|' /C calc'!A0"],
    ]);
  });

  it('missing required columns: one error for the file at line 1, naming the column', async () => {
    const folder = writeFolder({ 'opportunities.csv': 'externalId,stage\nD1,won\nD2,won\n' });
    const problems = collectProblems();
    const plan = await buildImportPlan(folder, { preset: 'generic' }, problems);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 1, 'owner', null]]);
    expect(problems.errors[0]?.message).toMatch(/^missing required column "owner" \(the deal's owner\)/);
    expect(plan.opportunities).toBeUndefined();
  });

  it('empty required values: an error per cell', async () => {
    const { problems, deals } = await importDeals([',Ann,won,5,,,', 'D2, ,won,5,,,', 'D3,Ann,,5,,,']);
    expect(deals).toEqual([]);
    expect(problems.errors.map(at)).toEqual([
      ['opportunities.csv', 2, 'externalId', ''], ['opportunities.csv', 3, 'owner', ' '], ['opportunities.csv', 4, 'stage', ''],
    ]);
    expect(problems.errors[1]?.message).toBe("expected a value: the deal's owner is required");
  });

  it('--strict reports warnings as errors', async () => {
    const { problems } = await importDeals(['D1,Ann,won,,,2017-03-01,=HYPERLINK("x")'], { strict: true });
    expect(problems.warnings).toEqual([]);
    expect(problems.errors.map(at)).toEqual([['opportunities.csv', 2, 'name', '=HYPERLINK("x")'], ['opportunities.csv', 2, 'amount', '']]);
  });

  it('a missing input or an unreadable preset combination is reported, not thrown', async () => {
    const problems = collectProblems();
    await buildImportPlan(join(writeFolder({}), 'nope'), { preset: 'generic' }, problems);
    await buildImportPlan(writeFolder({}), { preset: 'maven', mapPath: 'x.json' }, problems);
    await buildImportPlan(writeFolder({}), { preset: 'generic' }, problems);
    expect(problems.errors.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/no such file or folder/), expect.stringMatching(/--map is read by the generic preset only/),
      expect.stringMatching(/missing required file: expected opportunities.csv/),
    ]);
  });
});
