import { describe, expect, it } from 'vitest';
import { fillMonths, lastTwelveMonths } from './fill-months.ts';

describe('fillMonths', () => {
  it('lists the 12 months ending with the as-of month, across a year end', () => {
    const months = lastTwelveMonths('2017-12-31');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2017-01');
    expect(months[11]).toBe('2017-12');
    expect(lastTwelveMonths('2026-02-10').slice(0, 2)).toEqual(['2025-03', '2025-04']);
  });

  it('keeps the months the API sent and shows the missing ones as zero', () => {
    const filled = fillMonths([{ month: '2017-03', won: 25, closed: 36 }, { month: '2016-12', won: 1, closed: 1 }], '2017-12-31');
    expect(filled.find((m) => m.month === '2017-03')).toEqual({ month: '2017-03', won: 25, closed: 36 });
    expect(filled.find((m) => m.month === '2017-02')).toEqual({ month: '2017-02', won: 0, closed: 0 });
    expect(filled.some((m) => m.month === '2016-12')).toBe(false);
  });
});
