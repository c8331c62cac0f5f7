import { describe, expect, it } from 'vitest';
import { windowQuota } from './window-stats.ts';

const q = (periodStart: string, periodEnd: string, amount: number) => ({ periodStart, periodEnd, amount });

// Q1 2026 = 2026-01-01..03-31 (90 days), Q2 = 04-01..06-30 (91 days), Q3 = 07-01..09-30 (92 days).
const Q1 = q('2026-01-01', '2026-03-31', 9000);
const Q2 = q('2026-04-01', '2026-06-30', 9100);
const Q3 = q('2026-07-01', '2026-09-30', 9200);

describe('windowQuota: each period counts by the days it shares with the window', () => {
  it.each([
    { name: 'a quarter wholly inside counts in full', rows: [Q2], from: '2026-01-02', to: '2026-06-30', expected: 9100 },
    { name: 'the window equal to the quarter', rows: [Q2], from: '2026-04-01', to: '2026-06-30', expected: 9100 },
    // 2026-02-15..03-31 = 14 + 31 = 45 of Q1's 90 days → half of 9000
    { name: 'a quarter half inside counts half', rows: [Q1], from: '2026-02-15', to: '2026-06-30', expected: 4500 },
    // 2026-04-01..04-30 = 30 of Q2's 91 days
    { name: 'the window ending inside the quarter', rows: [Q2], from: '2026-01-01', to: '2026-04-30', expected: 9100 * 30 / 91 },
    // several periods: half of Q1 (4500) + all of Q2 (9100); Q3 is outside
    { name: 'several periods add up', rows: [Q1, Q2, Q3], from: '2026-02-15', to: '2026-06-30', expected: 13_600 },
    // one shared day, at either end (both ends are inclusive)
    { name: 'a period ending on the window\'s first day', rows: [Q1], from: '2026-03-31', to: '2026-06-30', expected: 9000 / 90 },
    { name: 'a period starting on the window\'s last day', rows: [Q3], from: '2026-04-01', to: '2026-07-01', expected: 9200 / 92 },
    // a month-long quota inside a 180-day window, and the window inside a year-long quota
    { name: 'the window inside a yearly quota', rows: [q('2026-01-01', '2026-12-31', 36_500)], from: '2026-04-02', to: '2026-06-30', expected: 9000 },
    { name: 'a zero quota is 0, not null', rows: [q('2026-04-01', '2026-06-30', 0)], from: '2026-01-02', to: '2026-06-30', expected: 0 },
  ])('$name', ({ rows, from, to, expected }) => {
    expect(windowQuota(rows, from, to)).toBeCloseTo(expected, 9);
  });

  it.each([
    { name: 'no quota rows', rows: [], from: '2026-01-02', to: '2026-06-30' },
    { name: 'a period ending the day before the window', rows: [Q1], from: '2026-04-01', to: '2026-06-30' },
    { name: 'a period starting the day after the window', rows: [Q3], from: '2026-01-02', to: '2026-06-30' },
    { name: 'an inverted period is ignored', rows: [q('2026-06-30', '2026-04-01', 5000)], from: '2026-01-02', to: '2026-06-30' },
  ])('null: $name', ({ rows, from, to }) => {
    expect(windowQuota(rows, from, to)).toBeNull();
  });

  it.each([
    // February 2024 has 29 days: 2024-02-15..02-29 = 15 of 29 days → 2900 × 15 ÷ 29 = 1500
    { rows: [q('2024-02-01', '2024-02-29', 2900)], from: '2024-02-15', to: '2024-03-31', expected: 1500 },
    // the leap day itself as the window's last day: 2024-02-01..02-29 whole
    { rows: [q('2024-02-01', '2024-02-29', 2900)], from: '2024-01-01', to: '2024-02-29', expected: 2900 },
    // a quarter across the leap day: Q1 2024 has 91 days; 2024-02-29..03-31 = 32 days
    { rows: [q('2024-01-01', '2024-03-31', 9100)], from: '2024-02-29', to: '2024-05-31', expected: 3200 },
    // 2023 is not a leap year: February has 28 days; 2023-02-15..02-28 = 14 → half
    { rows: [q('2023-02-01', '2023-02-28', 2800)], from: '2023-02-15', to: '2023-03-31', expected: 1400 },
  ])('leap years: $rows.0.periodStart..$rows.0.periodEnd in $from..$to → $expected', ({ rows, from, to, expected }) => {
    expect(windowQuota(rows, from, to)).toBeCloseTo(expected, 9);
  });

  it('rejects a date that does not exist (a bug upstream)', () => {
    expect(() => windowQuota([q('2023-02-01', '2023-02-29', 100)], '2023-01-01', '2023-03-31')).toThrow();
  });
});
