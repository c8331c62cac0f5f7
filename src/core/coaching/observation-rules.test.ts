import { describe, expect, it } from 'vitest';
import { checkObservationDelete, checkObservedOn } from './observation-rules.ts';

describe('checkObservedOn', () => {
  const CASES: [string, string, 'ok' | 'unprocessable'][] = [
    ['2026-07-01', '2026-07-01', 'ok'],
    ['2026-06-30', '2026-07-01', 'ok'],
    ['2025-01-15', '2026-07-01', 'ok'],
    ['2026-07-02', '2026-07-01', 'unprocessable'],
  ];
  it.each(CASES)('observed %s, today %s → %s', (observedAt, today, expected) => {
    const result = checkObservedOn(observedAt, today);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('checkObservationDelete', () => {
  const observation = { id: 5, observerId: 2, createdAt: '2026-07-01T09:00:00Z' };
  // [viewer person, now, expected]
  const CASES: [number | null, string, 'ok' | 'forbidden' | 'conflict'][] = [
    [2, '2026-07-01T09:00:00Z', 'ok'],
    [2, '2026-07-02T08:59:59Z', 'ok'],
    [2, '2026-07-02T09:00:00Z', 'ok'], // exactly 24 h
    [2, '2026-07-02T09:00:01Z', 'conflict'],
    [2, '2026-08-01T09:00:00Z', 'conflict'],
    [3, '2026-07-01T09:05:00Z', 'forbidden'], // not the author
    [null, '2026-07-01T09:05:00Z', 'forbidden'], // an admin without a person
  ];
  it.each(CASES)('person %s at %s → %s', (personId, now, expected) => {
    const result = checkObservationDelete(observation, personId, now);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});
