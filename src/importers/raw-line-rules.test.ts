import { describe, expect, it } from 'vitest';
import type { RawCsvSource } from './import-plan.ts';
import { compileLineRule } from './raw-line-rules.ts';

const WORDS = [['prospect', 'prospect', 'open'], ['won', 'won', 'won'], ['Won', 'won', 'won']] as const;
// id, name, stage, amount, created, closed
const SOURCE: Pick<RawCsvSource<unknown>, 'cells' | 'rowChecks' | 'width'> = {
  width: 6,
  cells: {
    external_id: { kind: 'text', index: 0 },
    name: { kind: 'optionalText', index: 1, orIndex: 0 },
    stage_key: { kind: 'stage', index: 2, words: WORDS },
    outcome: { kind: 'outcome', index: 2, words: WORDS },
    amount: { kind: 'amount', index: 3 },
    created_at: { kind: 'date', index: 4 },
    closed_at: { kind: 'date', index: 5 },
    segment: { kind: 'optionalText', index: null },
  },
  rowChecks: [
    { kind: 'notBefore', column: 'closed_at', earlier: ['created_at'] },
    { kind: 'presentWhen', column: 'amount', when: { column: 'outcome', equals: 'won' } },
  ],
};
const rule = compileLineRule(SOURCE, ['external_id', 'name', 'stage_key', 'outcome', 'amount', 'created_at', 'closed_at', 'segment']);
const read = (line: string) => rule(line.split(','));

describe('raw line rules', () => {
  it('vouches for a plain line and types it', () => {
    expect(read('d1,,Won,1200.5,2024-02-29,2024-03-01')).toEqual(['d1', 'd1', 'won', 'won', '1200.5', '2024-02-29', '2024-03-01', null]);
    expect(read('d2,Big,prospect,,2026-01-05,')).toEqual(['d2', 'Big', 'prospect', 'open', null, '2026-01-05', null, null]);
  });

  it.each([
    ['a ragged line', 'd1,,won,1,2026-01-05'],
    ['an empty required cell', ',x,won,1,2026-01-05,2026-01-06'],
    ['a padded cell', 'd1, x,won,1,2026-01-05,2026-01-06'],
    ['a trailing no-break space', 'd1,x\u00a0,won,1,2026-01-05,2026-01-06'],
    ['a formula-like cell', 'd1,=SUM(A1),won,1,2026-01-05,2026-01-06'],
    ["our exporter's quote", "d1,'x,won,1,2026-01-05,2026-01-06"],
    ['a negative amount', 'd1,x,won,-5,2026-01-05,2026-01-06'],
    ['an amount with a separator', 'd1,x,won,1 200,2026-01-05,2026-01-06'],
    ['three decimals', 'd1,x,won,7.125,2026-01-05,2026-01-06'],
    ['a loosely written stage', 'd1,x,WON,1,2026-01-05,2026-01-06'],
    ['29 February of a common year', 'd1,x,won,1,2026-02-29,2026-03-06'],
    ['31 April', 'd1,x,won,1,2026-04-31,2026-05-06'],
    ['a time in a date', 'd1,x,won,1,2026-01-05 10:00,2026-01-06'],
    ['a year out of range', 'd1,x,won,1,1899-12-31,2026-01-06'],
    ['a close before the creation', 'd1,x,won,1,2026-01-05,2026-01-04'],
    ['a won deal without amount', 'd1,x,won,,2026-01-05,2026-01-06'],
  ])('leaves %s to the mapper', (_what, line) => {
    expect(read(line)).toBeNull();
  });

  it('reads date-times with the calendar and 24-hour rules', () => {
    const times = compileLineRule({ width: 1, cells: { at: { kind: 'timestamp', index: 0 } } }, ['at']);
    for (const ok of ['2026-01-05', '2026-01-05 10:11', '2024-02-29 23:59:59']) expect(times([ok])).toEqual([ok]);
    for (const bad of ['', '2026-01-05T10:11', '2026-01-05 24:00', '2026-01-05 10:11:60', '2026-01-05 9:00']) expect(times([bad])).toBeNull();
  });
});
