import { describe, expect, it } from 'vitest';
import { checkCapture, checkEditable, checkNextStep, checkOpenSession, checkOutcome, type SessionState } from './co-creation-rules.ts';

const state = (over: Partial<SessionState> = {}): SessionState => ({ status: 'planned', outcome: null, innovationId: null, ...over });

describe('co-creation rules', () => {
  it.each([
    ['an open deal of a rep', { outcome: 'open', ownerId: 8 }, 2, null],
    ['a won deal', { outcome: 'won', ownerId: 8 }, 2, 'unprocessable'],
    ['a deal with no decision', { outcome: 'no_decision', ownerId: 8 }, 2, 'unprocessable'],
    ['the coach\'s own deal', { outcome: 'open', ownerId: 2 }, 2, 'unprocessable'],
    ['an admin without a person', { outcome: 'open', ownerId: 8 }, null, null],
  ] as const)('opening a session on %s', (_, deal, coach, code) => {
    expect(checkOpenSession(deal, coach)?.code ?? null).toBe(code);
  });

  it.each([
    ['planned', state(), null], ['held', state({ status: 'held' }), null], ['cancelled', state({ status: 'cancelled' }), 'conflict'],
  ] as const)('editing a %s session', (_, s, code) => {
    expect(checkEditable(s)?.code ?? null).toBe(code);
  });

  it.each([
    ['due today, no idea', { dueOn: '2026-07-01', idea: null, ideaGiven: false }, null],
    ['due in 120 days from a chosen idea', { dueOn: '2026-10-29', idea: { chosen: true }, ideaGiven: true }, null],
    ['due in 121 days', { dueOn: '2026-10-30', idea: null, ideaGiven: false }, 'unprocessable'],
    ['due yesterday', { dueOn: '2026-06-30', idea: null, ideaGiven: false }, 'unprocessable'],
    ['from an idea not chosen', { dueOn: '2026-07-10', idea: { chosen: false }, ideaGiven: true }, 'unprocessable'],
    ['from an unknown idea', { dueOn: '2026-07-10', idea: null, ideaGiven: true }, 'unprocessable'],
  ] as const)('a next step %s', (_, input, code) => {
    expect(checkNextStep({ ...input, today: '2026-07-01' })?.code ?? null).toBe(code);
  });

  it.each([
    ['without an outcome', state(), 'unprocessable', 'Record the outcome first'],
    ['with no change', state({ outcome: 'no_change' }), 'unprocessable', 'only a success'],
    ['already captured', state({ outcome: 'won', innovationId: 4 }), 'conflict', 'innovation #4'],
    ['won', state({ outcome: 'won' }), null, null],
    ['advanced', state({ outcome: 'advanced', status: 'held' }), null, null],
  ] as const)('capturing %s', (_, s, code, words) => {
    const broken = checkCapture(s);
    expect(broken?.code ?? null).toBe(code);
    if (words) expect(broken!.message).toContain(words);
  });

  it.each([
    ['won on a planned session', state(), 'won', null],
    ['on a cancelled session', state({ status: 'cancelled' }), 'won', 'conflict'],
    ['back to no change once captured', state({ outcome: 'won', innovationId: 3 }), 'no_change', 'conflict'],
    ['advanced once captured', state({ outcome: 'won', innovationId: 3 }), 'advanced', null],
  ] as const)('recording an outcome %s', (_, s, result, code) => {
    expect(checkOutcome(s, result)?.code ?? null).toBe(code);
  });
});
