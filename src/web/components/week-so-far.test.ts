import { describe, expect, it } from 'vitest';
import { isShortSoFar, isWeekRunning } from './week-so-far.ts';

describe('isWeekRunning', () => {
  it.each([
    ['2026-11-16', '2026-11-16', true], // Monday
    ['2026-11-16', '2026-11-20', true], // Friday
    ['2026-11-16', '2026-11-21', false], // Saturday: the working week is over
    ['2026-11-16', '2026-11-22', false],
    ['2026-11-09', '2026-11-18', false], // a past week
    ['2026-11-23', '2026-11-22', false], // a week not begun
  ] as const)('week of %s on %s → %s', (weekStart, asOf, running) => expect(isWeekRunning(weekStart, asOf)).toBe(running));
});

describe('isShortSoFar', () => {
  it.each([
    ['flag', '2026-11-17', true], ['below', '2026-11-20', true], // under the band, week running
    ['target', '2026-11-17', false], ['above', '2026-11-17', false], // in or above: said as it is
    ['flag', '2026-11-21', false], // the working week is over: flagged
  ] as const)('%s on %s → %s', (band, asOf, soFar) => expect(isShortSoFar({ weekStart: '2026-11-16', band }, asOf)).toBe(soFar));
});
