// Observations (SPEC §2, §4.8 Understand): a manager's rating (1–4) of one behaviour of a
// rep, with evidence, dated no later than today. Its author may take it back within a day
// (a slip of the finger); after that it stands, as the history gaps are read from.
import type { Checked } from './session-status.ts';

export const OBSERVATION_SOURCES = ['joint_call', 'recording', 'deal_review', 'call_plan', 'other'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

export const DELETE_WINDOW_HOURS = 24;

export function checkObservedOn(observedAt: string, today: string): Checked<string> {
  if (observedAt > today) return { ok: false, code: 'unprocessable', message: `observedAt ${observedAt} is after today (${today}); record what was seen, when it was seen.` };
  return { ok: true, value: observedAt };
}

export type DeleteRefusal = { ok: false; code: 'forbidden' | 'conflict'; message: string };

/** Only the author, and only within DELETE_WINDOW_HOURS of recording it. */
export function checkObservationDelete(
  observation: { id: number; observerId: number; createdAt: string }, viewerPersonId: number | null, now: string,
): { ok: true } | DeleteRefusal {
  if (viewerPersonId === null || viewerPersonId !== observation.observerId) {
    return { ok: false, code: 'forbidden', message: 'Only the manager who recorded an observation can delete it.' };
  }
  const ageMs = Date.parse(now) - Date.parse(observation.createdAt);
  if (ageMs > DELETE_WINDOW_HOURS * 3_600_000) {
    return { ok: false, code: 'conflict', message: `Observation #${observation.id} was recorded more than ${DELETE_WINDOW_HOURS} hours ago; it stays in the rep's history (record a new one instead).` };
  }
  return { ok: true };
}
