import { describe, expect, it } from 'vitest';
import { coverWithMonths, type MonthCover } from './month-cover.ts';
import { dayNumberOf, isoDateOf } from './iso-day.ts';

describe('coverWithMonths', () => {
  it.each<[string, string, string | undefined, MonthCover]>([
    // whole months only
    ['2025-01-01', '2025-06-30', undefined, { months: { first: '2025-01-01', last: '2025-06-01' }, add: [], subtract: [] }],
    // 1 day into January: take January whole, subtract its first day
    ['2025-01-02', '2025-06-30', undefined, { months: { first: '2025-01-01', last: '2025-06-01' }, add: [], subtract: [{ from: '2025-01-01', to: '2025-01-01' }] }],
    // late start: add the days, skip the month
    ['2025-01-28', '2025-03-31', undefined, { months: { first: '2025-02-01', last: '2025-03-01' }, add: [{ from: '2025-01-28', to: '2025-01-31' }], subtract: [] }],
    // early end: add the first days of the last month
    ['2025-01-01', '2025-03-03', undefined, { months: { first: '2025-01-01', last: '2025-02-01' }, add: [{ from: '2025-03-01', to: '2025-03-03' }], subtract: [] }],
    // late end: subtract the month's last days, unless nothing is stored there (free)
    ['2025-01-01', '2025-03-25', undefined, { months: { first: '2025-01-01', last: '2025-03-01' }, add: [], subtract: [{ from: '2025-03-26', to: '2025-03-31' }] }],
    ['2025-01-01', '2025-03-05', '2025-03-06', { months: { first: '2025-01-01', last: '2025-03-01' }, add: [], subtract: [{ from: '2025-03-06', to: '2025-03-31' }] }],
    // inside one month: raw days when shorter, else the month minus both ends
    ['2025-02-10', '2025-02-12', undefined, { months: null, add: [{ from: '2025-02-10', to: '2025-02-12' }], subtract: [] }],
    ['2025-02-02', '2025-02-27', undefined, { months: { first: '2025-02-01', last: '2025-02-01' }, add: [], subtract: [{ from: '2025-02-01', to: '2025-02-01' }, { from: '2025-02-28', to: '2025-02-28' }] }],
    // two partial months, nothing whole between: both edges added
    ['2025-01-20', '2025-02-10', undefined, { months: null, add: [{ from: '2025-01-20', to: '2025-01-31' }, { from: '2025-02-01', to: '2025-02-10' }], subtract: [] }],
    // across a year end
    ['2024-12-31', '2025-01-31', undefined, { months: { first: '2025-01-01', last: '2025-01-01' }, add: [{ from: '2024-12-31', to: '2024-12-31' }], subtract: [] }],
  ])('%s .. %s (empty from %s)', (from, to, emptyFrom, expected) => {
    expect(coverWithMonths(from, to, { emptyFrom })).toEqual(expected);
  });

  it('counts every day of the range exactly once, for any range', () => {
    const start = dayNumberOf('2024-01-01');
    const wrong: string[] = [];
    for (let i = 0; i < 400; i += 1) {
      const a = start + ((i * 37) % 700);
      const b = a + ((i * 53) % 420);
      const cover = coverWithMonths(isoDateOf(a), isoDateOf(b));
      const count = new Map<number, number>();
      const bump = (x: number, y: number, by: number) => { for (let d = x; d <= y; d += 1) count.set(d, (count.get(d) ?? 0) + by); };
      if (cover.months) bump(dayNumberOf(cover.months.first), dayNumberOf(isoDateOf(dayNumberOf(cover.months.last) + 40).slice(0, 8) + '01') - 1, 1);
      for (const r of cover.add) bump(dayNumberOf(r.from), dayNumberOf(r.to), 1);
      for (const r of cover.subtract) bump(dayNumberOf(r.from), dayNumberOf(r.to), -1);
      for (const [d, n] of count) if (n !== (d >= a && d <= b ? 1 : 0)) wrong.push(`${isoDateOf(a)}..${isoDateOf(b)}: ${isoDateOf(d)} ×${n}`);
      for (let d = a; d <= b; d += 1) if (!count.has(d)) wrong.push(`${isoDateOf(a)}..${isoDateOf(b)}: ${isoDateOf(d)} missing`);
    }
    expect(wrong).toEqual([]);
  });
});
