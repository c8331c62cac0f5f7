import { describe, expect, it } from 'vitest';
import { checkHeld, checkSessionEdit, planTransition, type SessionAction, type SessionStatus } from './session-status.ts';

const NOW = '2026-07-01T12:00:00Z';

describe('planTransition', () => {
  // [status, scheduled at, action, expected next status or refusal code]
  const CASES: [SessionStatus, string | null, SessionAction, SessionStatus | 'conflict' | 'unprocessable'][] = [
    ['planned', '2026-07-01T10:00:00Z', 'hold', 'held'],
    ['planned', '2026-07-08T10:00:00Z', 'cancel', 'cancelled'],
    ['planned', '2026-07-01T10:00:00Z', 'miss', 'missed'],
    ['planned', null, 'miss', 'missed'],
    ['planned', '2026-07-01T12:00:00Z', 'miss', 'missed'], // exactly now: its time has come
    ['planned', '2026-07-02T10:00:00Z', 'miss', 'unprocessable'], // not yet: cancel instead
    ['planned', '2026-07-01T10:00:00Z', 'reopen', 'conflict'],
    ['held', '2026-07-01T10:00:00Z', 'hold', 'conflict'],
    ['held', '2026-07-01T10:00:00Z', 'cancel', 'conflict'],
    ['held', '2026-07-01T10:00:00Z', 'miss', 'conflict'],
    ['held', '2026-07-01T10:00:00Z', 'reopen', 'conflict'],
    ['cancelled', '2026-07-01T10:00:00Z', 'reopen', 'planned'],
    ['cancelled', '2026-07-01T10:00:00Z', 'hold', 'conflict'],
    ['cancelled', '2026-07-01T10:00:00Z', 'cancel', 'conflict'],
    ['missed', '2026-07-01T10:00:00Z', 'reopen', 'planned'],
    ['missed', '2026-07-01T10:00:00Z', 'hold', 'conflict'],
    ['missed', '2026-07-01T10:00:00Z', 'miss', 'conflict'],
  ];
  it.each(CASES)('%s (at %s) + %s → %s', (status, scheduledAt, action, expected) => {
    const result = planTransition({ status, scheduledAt }, action, NOW);
    expect(result.ok ? result.value : result.code).toBe(expected);
    if (!result.ok) expect(result.message).not.toBe('');
  });
});

describe('checkHeld', () => {
  const CASES: [string, number | null, 'ok' | 'unprocessable'][] = [
    ['2026-07-01T10:00:00Z', 30, 'ok'],
    ['2026-07-01T12:00:00Z', 1, 'ok'],
    ['2026-07-01T12:00:00Z', 480, 'ok'],
    ['2026-07-01T12:00:01Z', 30, 'unprocessable'], // in the future
    ['2026-07-01T10:00:00Z', null, 'unprocessable'], // no duration known
    ['2026-07-01T10:00:00Z', 0, 'unprocessable'],
    ['2026-07-01T10:00:00Z', 481, 'unprocessable'],
    ['2026-07-01T10:00:00Z', 29.5, 'unprocessable'],
  ];
  it.each(CASES)('held at %s for %s min → %s', (heldAt, durationMin, expected) => {
    const result = checkHeld({ heldAt, durationMin }, NOW);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('checkSessionEdit', () => {
  const CASES: [SessionStatus, Parameters<typeof checkSessionEdit>[1], 'ok' | 'conflict' | 'unprocessable'][] = [
    ['planned', {}, 'ok'],
    ['held', {}, 'ok'],
    ['cancelled', {}, 'conflict'],
    ['missed', {}, 'conflict'],
    ['planned', { scheduledAt: '2026-07-09T10:00:00Z' }, 'ok'],
    ['held', { scheduledAt: '2026-07-09T10:00:00Z' }, 'conflict'],
    ['planned', { scheduledAt: null }, 'unprocessable'],
    ['held', { heldAt: '2026-07-01T09:00:00Z' }, 'ok'],
    ['held', { heldAt: '2026-07-02T09:00:00Z' }, 'unprocessable'],
    ['planned', { heldAt: '2026-07-01T09:00:00Z' }, 'conflict'],
    ['planned', { durationMin: 45 }, 'ok'],
    ['planned', { durationMin: null }, 'ok'],
    ['held', { durationMin: null }, 'unprocessable'],
    ['held', { durationMin: 600 }, 'unprocessable'],
  ];
  it.each(CASES)('%s with %j → %s', (status, patch, expected) => {
    const result = checkSessionEdit(status, patch, NOW);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});
