import { describe, expect, it } from 'vitest';
import { analysisWindow, defaultAsOf } from './analysis-window.ts';

describe('analysisWindow', () => {
  it.each([
    // SPEC §3.1 example: Dec 31 − 179 days → Jul 5 (Dec 30 + Nov 30 + Oct 31 + Sep 30 + Aug 31 + Jul 27 = 179)
    { asOf: '2017-12-31', days: 180, from: '2017-07-05' },
    // one day: the as-of date alone
    { asOf: '2017-12-31', days: 1, from: '2017-12-31' },
    // leap day: 2016-03-01 − 1 day = 2016-02-29
    { asOf: '2016-03-01', days: 2, from: '2016-02-29' },
    // 2017-01-01 − 364 days: −366 is 2016-01-01 (2016 is leap), so −364 is 2016-01-03
    { asOf: '2017-01-01', days: 365, from: '2016-01-03' },
  ])('$asOf with $days days starts $from', ({ asOf, days, from }) => {
    expect(analysisWindow(asOf, days)).toEqual({ from, to: asOf });
  });

  it('defaults to 180 days', () => {
    expect(analysisWindow('2017-12-31')).toEqual({ from: '2017-07-05', to: '2017-12-31' });
  });

  it.each([0, -3, 1.5])('rejects windowDays %d', (days) => {
    expect(() => analysisWindow('2017-12-31', days)).toThrow();
  });

  it.each(['2017-02-30', '31/12/2017'])('rejects the date %s', (asOf) => {
    expect(() => analysisWindow(asOf)).toThrow();
  });
});

describe('defaultAsOf', () => {
  it.each([
    // historical data (Maven 2016–2017): use its last date
    { today: '2026-05-10', latest: '2017-12-31', expected: '2017-12-31' },
    // recent data: today
    { today: '2026-05-10', latest: '2026-05-01', expected: '2026-05-10' },
    // exactly one year old is not "older than a year"
    { today: '2026-05-10', latest: '2025-05-10', expected: '2026-05-10' },
    // one day more than a year old
    { today: '2026-05-10', latest: '2025-05-09', expected: '2025-05-09' },
    // 29 Feb: a year earlier is 28 Feb
    { today: '2024-02-29', latest: '2023-02-28', expected: '2024-02-29' },
    { today: '2024-02-29', latest: '2023-02-27', expected: '2023-02-27' },
    // data dated in the future: still today
    { today: '2026-05-10', latest: '2026-09-01', expected: '2026-05-10' },
    // no data at all
    { today: '2026-05-10', latest: null, expected: '2026-05-10' },
  ])('today $today, latest data $latest → $expected', ({ today, latest, expected }) => {
    expect(defaultAsOf(today, latest)).toBe(expected);
  });
});
