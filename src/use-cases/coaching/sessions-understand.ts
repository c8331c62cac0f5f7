// The Understand step (SPEC §4.8): what the manager saw and its evidence. The text is saved
// on the session; with a rating it also records the observation of the behaviour, one per
// session and behaviour (saving again updates it), dated the session's day (today at most).
import type { Viewer } from '../../core/access/viewer.ts';
import type { ObservationSource } from '../../core/coaching/observation-rules.ts';
import { canEditSteps } from '../../core/coaching/session-status.ts';
import type { Database } from '../../db/client.ts';
import { updateSession } from '../../db/queries/coaching-sessions.ts';
import { recordObservation } from './observations.ts';
import { refuse, sessionToEdit, type Outcome } from './sessions-access.ts';
import { getSession, saveSessionSteps } from './sessions.ts';
import type { SessionView } from './sessions-view.ts';

export type UnderstandRequest = {
  /** The observed behaviour in words (coaching_sessions.understand). */
  text?: string | null;
  rating?: number;
  /** Default: the text. */
  evidence?: string;
  source?: ObservationSource;
  /** Default: the session's behaviour. */
  behaviourId?: number;
  /** Needed in a team skill session, which has no rep of its own. */
  repId?: number;
  /** Default: the session's day, or today if that is later. */
  observedAt?: string;
};

export async function saveUnderstand(
  database: Database, viewer: Viewer, id: number, request: UnderstandRequest, now: string,
): Promise<Outcome<SessionView>> {
  const found = await sessionToEdit(database, viewer, id);
  if (!found.ok) return found;
  const session = found.value;
  if (!canEditSteps(session.status)) return refuse('conflict', `A ${session.status} session is closed; reopen it first.`);
  if (request.rating !== undefined) {
    const behaviourId = request.behaviourId ?? session.behaviourId;
    if (behaviourId === null) return refuse('unprocessable', 'Name the behaviour observed (behaviourId), or choose the session\'s behaviour first.');
    const repId = request.repId ?? session.repId;
    if (repId === null) return refuse('unprocessable', 'A team skill session has no rep of its own: name the rep observed (repId).');
    const evidence = (request.evidence ?? request.text ?? '').trim();
    if (evidence === '') return refuse('unprocessable', 'Give the evidence for the rating: what was said or done, where.');
    const today = now.slice(0, 10);
    const observed = await recordObservation(database, viewer, {
      repId, behaviourId, rating: request.rating, evidence, source: request.source ?? 'other',
      observedAt: request.observedAt ?? (session.date < today ? session.date : today),
    }, today, session.id);
    if (!observed.ok) return observed;
    // The session takes the behaviour it observed when it had none yet.
    if (session.behaviourId === null) {
      return saveSessionSteps(database, viewer, id, { behaviourId, understand: request.text }, now);
    }
  }
  if (request.text !== undefined) await updateSession(database.pool, viewer.orgId, id, { understand: request.text });
  return getSession(database, viewer, id);
}
