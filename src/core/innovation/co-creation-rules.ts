// The rules of a co-creation session and its capture (SPEC §4.10, docs/innovation.md), as plain
// checks that answer what is wrong in words; the use-cases map them to 409 or 422.
import type { OutcomeResult } from './innovation-terms.ts';

export type RuleBreak = { code: 'conflict' | 'unprocessable'; message: string };
export type SessionState = { status: 'planned' | 'held' | 'cancelled' | 'missed'; outcome: OutcomeResult | null; innovationId: number | null };

/** Max days ahead for a next step, as for commitments in a PAUSE session. */
export const MAX_COMMITMENT_DAYS = 120;

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function checkOpenSession(deal: { outcome: string; ownerId: number }, coachPersonId: number | null): RuleBreak | null {
  if (deal.outcome !== 'open') return { code: 'unprocessable', message: `The deal is ${deal.outcome.replace('_', ' ')}: co-creation is for open deals.` };
  if (coachPersonId !== null && coachPersonId === deal.ownerId) {
    return { code: 'unprocessable', message: 'This is your own deal: a co-creation session is run by the manager of the deal\'s owner.' };
  }
  return null;
}

export function checkEditable(state: SessionState): RuleBreak | null {
  if (state.status === 'cancelled' || state.status === 'missed') return { code: 'conflict', message: `The session is ${state.status}: it can no longer be changed.` };
  return null;
}

export function checkNextStep(input: { dueOn: string; today: string; idea: { chosen: boolean } | null | undefined; ideaGiven: boolean }): RuleBreak | null {
  if (input.ideaGiven && !input.idea) return { code: 'unprocessable', message: 'No such idea in this session.' };
  if (input.idea && !input.idea.chosen) return { code: 'unprocessable', message: 'Choose the idea before turning it into a next step.' };
  const ahead = dayNumber(input.dueOn) - dayNumber(input.today);
  if (ahead < 0) return { code: 'unprocessable', message: `The due date ${input.dueOn} is in the past.` };
  if (ahead > MAX_COMMITMENT_DAYS) return { code: 'unprocessable', message: `A next step is due within ${MAX_COMMITMENT_DAYS} days (by ${shiftDay(input.today, MAX_COMMITMENT_DAYS)}).` };
  return null;
}

export function checkCapture(state: SessionState): RuleBreak | null {
  if (state.innovationId !== null) return { code: 'conflict', message: `This session was already captured as innovation #${state.innovationId}.` };
  if (state.outcome === null) return { code: 'unprocessable', message: 'Record the outcome first: only a deal that was won or moved forward is captured.' };
  if (state.outcome === 'no_change') return { code: 'unprocessable', message: 'Nothing changed on the deal: only a success (won or advanced) is captured as an innovation.' };
  return null;
}

export function checkOutcome(state: SessionState, result: OutcomeResult): RuleBreak | null {
  if (state.status === 'cancelled') return { code: 'conflict', message: 'The session was cancelled.' };
  if (state.innovationId !== null && result === 'no_change') {
    return { code: 'conflict', message: 'The session was captured as an innovation: its outcome can no longer be "no change".' };
  }
  return null;
}

function shiftDay(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}
