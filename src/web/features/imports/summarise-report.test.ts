import { describe, expect, it } from 'vitest';
import { summariseReport } from './summarise-report.ts';

const counts = { people: { created: 3, updated: 1, unchanged: 0 }, opportunities: { created: 1200, updated: 0, unchanged: 5 } };
const problem = { file: 'a.csv', line: 2, column: 'amount', value: '-5', message: 'Amount cannot be negative' };

describe('summariseReport', () => {
  it('says a clean preview is ready, with totals', () => {
    expect(summariseReport({ dryRun: true, counts, errors: [], warnings: [] })).toEqual({
      tone: 'success', title: 'Ready to import', body: 'No errors. Importing would create 1,203 records, with 1 updated and 5 unchanged.',
    });
  });

  it('says nothing was written when there are errors', () => {
    const summary = summariseReport({ dryRun: false, counts, errors: [problem, problem], warnings: [problem] });
    expect(summary.tone).toBe('danger');
    expect(summary.title).toBe('Nothing was imported: 2 errors');
    expect(summary.body).toContain('1 warning to review.');
  });
});
