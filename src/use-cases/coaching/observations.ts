// Observations (SPEC §4.8 Understand, docs/sessions.md): a manager rates one behaviour of a
// rep in their subtree, with evidence and its source; the rep's history is listed newest
// first; the author may delete one within 24 hours. They feed gaps and the quadrant.
import type { Viewer } from '../../core/access/viewer.ts';
import { checkObservationDelete, checkObservedOn, type ObservationSource } from '../../core/coaching/observation-rules.ts';
import type { Database } from '../../db/client.ts';
import {
  deleteObservation, findBehaviourRef, findObservation, insertObservation, listRepObservations, upsertSessionObservation,
} from '../../db/queries/coaching-observations.ts';
import { findCoachedPerson } from '../../db/queries/coaching-people.ts';
import { visibleIds } from '../analytics/analytics-access.ts';
import { checkCoach, coacheeInScope, refuse, type Outcome } from './sessions-access.ts';
import { toObservationView, type ObservationView } from './sessions-view.ts';

export type ObservationRequest = {
  repId: number; behaviourId: number; rating: number; evidence: string; source: ObservationSource; observedAt: string;
};

/** Checks who, which behaviour and when; writes it on its own or as a session's (replacing that session's of the behaviour). */
export async function recordObservation(
  database: Database, viewer: Viewer, request: ObservationRequest, today: string, sessionId: number | null = null,
): Promise<Outcome<ObservationView>> {
  const coach = checkCoach(viewer);
  if (!coach.ok) return coach;
  const rep = await coacheeInScope(database, viewer, request.repId);
  if (!rep.ok) return rep;
  const behaviour = await findBehaviourRef(database.pool, viewer.orgId, request.behaviourId);
  if (!behaviour) return refuse('unprocessable', `No behaviour #${request.behaviourId} in the coaching guide.`);
  const when = checkObservedOn(request.observedAt, today);
  if (!when.ok) return when;
  const row = { ...request, observerId: coach.value };
  const id = sessionId === null
    ? await insertObservation(database.pool, viewer.orgId, row)
    : await upsertSessionObservation(database.pool, viewer.orgId, sessionId, row);
  return { ok: true, value: toObservationView((await findObservation(database.pool, viewer.orgId, id))!) };
}

export async function listObservations(
  database: Database, viewer: Viewer, repId: number, page: { page: number; pageSize: number; behaviourId?: number },
): Promise<Outcome<{ items: ObservationView[]; page: number; pageSize: number; total: number }>> {
  const [visible, person] = await Promise.all([visibleIds(database, viewer), findCoachedPerson(database.pool, viewer.orgId, repId)]);
  if (!person || (visible && !visible.has(repId))) return refuse('not_found', `No person #${repId} in your scope.`);
  const { items, total } = await listRepObservations(database.pool, viewer.orgId, repId, page);
  return { ok: true, value: { items: items.map(toObservationView), page: page.page, pageSize: page.pageSize, total } };
}

export async function removeObservation(database: Database, viewer: Viewer, id: number, now: string): Promise<Outcome<null>> {
  const observation = await findObservation(database.pool, viewer.orgId, id);
  const visible = await visibleIds(database, viewer);
  if (!observation || (visible && !visible.has(observation.repId))) return refuse('not_found', `No observation #${id} in your scope.`);
  const allowed = checkObservationDelete(observation, viewer.personId, now);
  if (!allowed.ok) return allowed;
  await deleteObservation(database.pool, viewer.orgId, id);
  return { ok: true, value: null };
}
