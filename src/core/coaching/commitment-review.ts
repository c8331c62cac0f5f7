// Commitments (SPEC §4.8 Embed and review): dated, observable actions agreed in a session;
// the next session with that rep opens with every earlier one still open, the due ones
// first, and marks each done / not done (or dropped) with a note.
import type { Checked } from './session-status.ts';

export type CommitmentStatus = 'open' | 'done' | 'not_done' | 'dropped';
export type ReviewStatus = Exclude<CommitmentStatus, 'open'>;

/** How far ahead a commitment may fall due: a quarter is already long for one behaviour change. */
export const MAX_COMMITMENT_DAYS = 120;

export type CommitmentFacts = {
  id: number;
  sessionId: number;
  repId: number;
  dueOn: string;
  status: CommitmentStatus;
  reviewedInSessionId: number | null;
};

export type ReviewingSession = {
  id: number;
  managerId: number;
  repId: number | null;
  kind: string;
  status: string;
  /** The session's day: held, else scheduled (YYYY-MM-DD). */
  date: string;
};

export type ReviewAgenda<T> = {
  /** Open, due on or before the session's day: review these first. */
  due: T[];
  /** Open, not yet due: ask how they are going. */
  open: T[];
  /** Already reviewed in this session. */
  reviewed: T[];
};

const byDueThenId = (a: CommitmentFacts, b: CommitmentFacts) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id);

/** What a session reviews: the rep's commitments from other (earlier) sessions, open or reviewed here. */
export function reviewAgenda<T extends CommitmentFacts>(commitments: readonly T[], session: Pick<ReviewingSession, 'id' | 'date'>): ReviewAgenda<T> {
  const earlier = commitments.filter((c) => c.sessionId !== session.id).sort(byDueThenId);
  return {
    due: earlier.filter((c) => c.status === 'open' && c.dueOn <= session.date),
    open: earlier.filter((c) => c.status === 'open' && c.dueOn > session.date),
    reviewed: earlier.filter((c) => c.status !== 'open' && c.reviewedInSessionId === session.id),
  };
}

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** A new commitment falls due on or after its session's day, and within MAX_COMMITMENT_DAYS. */
export function checkDueOn(dueOn: string, sessionDate: string): Checked<string> {
  const days = dayNumber(dueOn) - dayNumber(sessionDate);
  if (days < 0) return { ok: false, code: 'unprocessable', message: `dueOn ${dueOn} is before the session (${sessionDate}); a commitment is due after it is agreed.` };
  if (days > MAX_COMMITMENT_DAYS) {
    return { ok: false, code: 'unprocessable', message: `dueOn ${dueOn} is more than ${MAX_COMMITMENT_DAYS} days after the session; agree a nearer, observable step.` };
  }
  return { ok: true, value: dueOn };
}

/**
 * Whether `session` may review `commitment`: a later (or same-day) planned or held session
 * with the same rep, or a team session of the manager who agreed it; once reviewed, only the
 * reviewing session may change the verdict.
 */
export function checkReview(
  commitment: CommitmentFacts, origin: { managerId: number; date: string }, session: ReviewingSession,
): Checked<null> {
  if (session.status !== 'planned' && session.status !== 'held') {
    return { ok: false, code: 'unprocessable', message: `Session #${session.id} is ${session.status}; review commitments in a planned or held session.` };
  }
  if (session.id === commitment.sessionId) {
    return { ok: false, code: 'unprocessable', message: 'A commitment is reviewed in a later session, not in the one that agreed it.' };
  }
  const sameRep = session.repId === commitment.repId;
  const teamOfSameManager = session.repId === null && session.kind === 'team_skill' && session.managerId === origin.managerId;
  if (!sameRep && !teamOfSameManager) {
    return { ok: false, code: 'unprocessable', message: `Session #${session.id} is not with the rep who made commitment #${commitment.id}.` };
  }
  if (session.date < origin.date) {
    return { ok: false, code: 'unprocessable', message: `Session #${session.id} (${session.date}) is before the session that agreed commitment #${commitment.id} (${origin.date}).` };
  }
  if (commitment.status !== 'open' && commitment.reviewedInSessionId !== session.id) {
    const where = commitment.reviewedInSessionId === null ? '' : ` in session #${commitment.reviewedInSessionId}`;
    return { ok: false, code: 'conflict', message: `Commitment #${commitment.id} was already reviewed${where} (${commitment.status}).` };
  }
  return { ok: true, value: null };
}
