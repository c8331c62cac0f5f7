import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../contract/coaching.ts';
import { groupCommitments } from './group-commitments.ts';

const base: Commitment = {
  id: 0, sessionId: 1, sessionDate: '2026-11-02', rep: { id: 9, name: 'Rae Rep' }, behaviour: null, text: '', dueOn: '2026-11-20',
  status: 'open', reviewedInSessionId: null, reviewedAt: null, reviewNote: null,
};
const c = (id: number, dueOn: string, status: Commitment['status'] = 'open', reviewedAt: string | null = null): Commitment => ({ ...base, id, dueOn, status, reviewedAt });

describe('groupCommitments', () => {
  it('splits due, still open and reviewed, each in the order a rep reads them', () => {
    const groups = groupCommitments([
      c(1, '2026-11-25'), c(2, '2026-11-22'), c(3, '2026-11-10'), c(4, '2026-12-01'),
      c(5, '2026-11-01', 'done', '2026-11-09T10:00:00Z'), c(6, '2026-11-05', 'not_done', '2026-11-16T10:00:00Z'), c(7, '2026-10-01', 'dropped'),
    ], '2026-11-22');
    expect(groups.due.map((x) => x.id)).toEqual([3, 2]);
    expect(groups.open.map((x) => x.id)).toEqual([1, 4]);
    expect(groups.reviewed.map((x) => x.id)).toEqual([6, 5, 7]);
  });
  it('is empty for no commitments', () => {
    expect(groupCommitments([], '2026-11-22')).toEqual({ due: [], open: [], reviewed: [] });
  });
});
