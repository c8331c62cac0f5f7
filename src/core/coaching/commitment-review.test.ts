import { describe, expect, it } from 'vitest';
import { checkDueOn, checkReview, reviewAgenda, type CommitmentFacts, type ReviewingSession } from './commitment-review.ts';

const c = (id: number, sessionId: number, dueOn: string, status: CommitmentFacts['status'] = 'open', reviewedInSessionId: number | null = null): CommitmentFacts =>
  ({ id, sessionId, repId: 8, dueOn, status, reviewedInSessionId });

describe('reviewAgenda', () => {
  const commitments = [
    c(1, 10, '2026-06-20'), // open, overdue
    c(2, 11, '2026-07-01'), // open, due on the day
    c(3, 11, '2026-07-08'), // open, not yet due
    c(4, 10, '2026-06-15', 'done', 11), // reviewed in an earlier session
    c(5, 10, '2026-06-25', 'not_done', 20), // reviewed in this one
    c(6, 20, '2026-07-10'), // agreed in this one: not for review
    c(7, 11, '2026-06-18'),
  ];
  it('lists the due ones (oldest first), the open ones, and those reviewed here; never this session\'s own', () => {
    const agenda = reviewAgenda(commitments, { id: 20, date: '2026-07-01' });
    expect(agenda.due.map((x) => x.id)).toEqual([7, 1, 2]);
    expect(agenda.open.map((x) => x.id)).toEqual([3]);
    expect(agenda.reviewed.map((x) => x.id)).toEqual([5]);
  });
  it('is empty for a rep with nothing agreed', () => {
    expect(reviewAgenda([], { id: 1, date: '2026-07-01' })).toEqual({ due: [], open: [], reviewed: [] });
  });
});

describe('checkDueOn', () => {
  const CASES: [string, string, 'ok' | 'unprocessable'][] = [
    ['2026-07-01', '2026-07-01', 'ok'],
    ['2026-07-08', '2026-07-01', 'ok'],
    ['2026-10-29', '2026-07-01', 'ok'], // 120 days
    ['2026-10-30', '2026-07-01', 'unprocessable'],
    ['2026-06-30', '2026-07-01', 'unprocessable'],
  ];
  it.each(CASES)('due %s for a session on %s → %s', (dueOn, sessionDate, expected) => {
    const result = checkDueOn(dueOn, sessionDate);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('checkReview', () => {
  const origin = { managerId: 2, date: '2026-06-24' };
  const later: ReviewingSession = { id: 20, managerId: 2, repId: 8, kind: 'one_on_one', status: 'planned', date: '2026-07-01' };
  // [case, commitment, reviewing session, expected]
  const CASES: [string, CommitmentFacts, Partial<ReviewingSession>, 'ok' | 'conflict' | 'unprocessable'][] = [
    ['an open one, in the next session', c(1, 10, '2026-07-01'), {}, 'ok'],
    ['in a held next session', c(1, 10, '2026-07-01'), { status: 'held' }, 'ok'],
    ['on the same day, in another session', c(1, 10, '2026-07-01'), { date: '2026-06-24' }, 'ok'],
    ['by another manager now coaching the rep', c(1, 10, '2026-07-01'), { managerId: 5 }, 'ok'],
    ['in a team session of the same manager', c(1, 10, '2026-07-01'), { repId: null, kind: 'team_skill' }, 'ok'],
    ['correcting the verdict in the same reviewing session', c(1, 10, '2026-07-01', 'done', 20), {}, 'ok'],
    ['in the session that agreed it', c(1, 20, '2026-07-01'), {}, 'unprocessable'],
    ['in a session with another rep', c(1, 10, '2026-07-01'), { repId: 9 }, 'unprocessable'],
    ['in a team session of another manager', c(1, 10, '2026-07-01'), { repId: null, kind: 'team_skill', managerId: 3 }, 'unprocessable'],
    ['in an earlier session', c(1, 10, '2026-07-01'), { date: '2026-06-20' }, 'unprocessable'],
    ['in a cancelled session', c(1, 10, '2026-07-01'), { status: 'cancelled' }, 'unprocessable'],
    ['in a missed session', c(1, 10, '2026-07-01'), { status: 'missed' }, 'unprocessable'],
    ['already reviewed elsewhere', c(1, 10, '2026-07-01', 'done', 15), {}, 'conflict'],
    ['dropped without a reviewing session', c(1, 10, '2026-07-01', 'dropped', null), {}, 'conflict'],
  ];
  it.each(CASES)('%s', (_name, commitment, session, expected) => {
    const result = checkReview(commitment, origin, { ...later, ...session });
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});
