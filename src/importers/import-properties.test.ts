// Property-based tests over the whole reading path (file -> plan -> records): one bad
// value injected at a random row and column is reported at exactly that line and column,
// whatever the other cells hold (quotes, commas, line breaks); and no input makes it throw.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildImportPlan } from './read-import.ts';
import { collectProblems, drainPlan, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

const COLUMNS = ['externalId', 'owner', 'stage', 'amount', 'createdAt', 'closedAt', 'name'] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string>;

// Values that are wrong for a column whatever the rest of the row holds.
const BAD_VALUES: Partial<Record<Column, fc.Arbitrary<string>>> = {
  externalId: fc.constantFrom('', '  '),
  owner: fc.constant(''),
  stage: fc.stringMatching(/^[A-Z][a-z]{3,8}$/).map((word) => `Zz${word}`),
  amount: fc.constantFrom('-5', 'abc', '1.234,50', '(20)'),
  createdAt: fc.constantFrom('2017-02-30', '2017-13-01', '31/12/2017', 'soon'),
  closedAt: fc.constantFrom('2018-02-29', '2018-00-10', 'never'),
};
const BAD_COLUMNS = Object.keys(BAD_VALUES) as Column[];

const day = fc.integer({ min: 0, max: 3000 }).map((offset) => new Date(Date.UTC(2015, 0, 1 + offset)).toISOString().slice(0, 10));
const validRow: fc.Arbitrary<Row> = fc.record({
  externalId: fc.stringMatching(/^[A-Z0-9]{1,10}$/),
  owner: fc.constantFrom('Ann', 'Bob Ray', 'Zoë Ł'),
  stage: fc.constantFrom('prospect', 'Discover', 'won', 'lost'),
  amount: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 10_000_000 }).map(String), fc.constantFrom('500.0', '1,234.50', '$1,200')),
  created: day,
  span: fc.integer({ min: 0, max: 400 }),
  name: fc.string({ unit: 'grapheme', maxLength: 30 }),
}).map(({ created, span, ...row }) => {
  const closed = new Date(Date.parse(created) + span * 86_400_000).toISOString().slice(0, 10);
  const isClosed = row.stage === 'won' || row.stage === 'lost';
  return { ...row, createdAt: created, closedAt: isClosed ? closed : '' };
});

function toCsv(rows: readonly Row[]): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => quote(row[column])).join(','))].join('\n') + '\n';
}

describe('reading generated opportunities files', () => {
  it('reports one injected bad value at exactly its line and column', async () => {
    const scenario = fc.array(validRow, { minLength: 1, maxLength: 25 }).chain((rows) => fc.record({
      rows: fc.constant(rows),
      at: fc.integer({ min: 0, max: rows.length - 1 }),
      column: fc.constantFrom(...BAD_COLUMNS),
    })).chain(({ rows, at, column }) => (BAD_VALUES[column] ?? fc.constant('')).map((bad) => ({ rows, at, column, bad })));

    await fc.assert(fc.asyncProperty(scenario, async ({ rows, at, column, bad }) => {
      const broken = rows.map((row, index) => (index === at ? { ...row, [column]: bad } : row));
      const problems = collectProblems();
      const drained = await drainPlan(await buildImportPlan(writeFolder({ 'opportunities.csv': toCsv(broken) }), { preset: 'generic' }, problems));
      // Quoted cells may span lines: a row starts after the header, the rows before and their inner line breaks.
      const line = 2 + at + broken.slice(0, at).reduce((sum, row) => sum + COLUMNS.reduce((n, c) => n + row[c].split('\n').length - 1, 0), 0);
      expect(problems.errors.map((problem) => [problem.line, problem.column, problem.value])).toEqual([[line, column, bad]]);
      expect(drained.opportunities).toHaveLength(rows.length - 1);
    }), { numRuns: 60 });
  });

  it('never throws, whatever the bytes of the file', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 200 }), async (bytes, text) => {
      for (const content of [bytes, `externalId,owner,stage\n${text}`]) {
        const problems = collectProblems();
        const plan = await buildImportPlan(writeFolder({ 'opportunities.csv': content }), { preset: 'generic' }, problems);
        await drainPlan(plan);
      }
    }), { numRuns: 60 });
  });
});
