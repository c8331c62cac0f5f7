// Finds a coaching session for a viewer and decides what they may see of it and do with it
// (src/core/coaching/session-access.ts): a session out of reach is "not found", one in
// sight but not theirs to change is "forbidden".
import { peopleScope, type Viewer } from '../../core/access/viewer.ts';
import { leadersSeePrivateNotes, sessionAccess, type SessionAccess } from '../../core/coaching/session-access.ts';
import type { Database } from '../../db/client.ts';
import { findCoachedPerson } from '../../db/queries/coaching-people.ts';
import { readOrgSettings } from '../../db/queries/coaching-privacy.ts';
import { findSession, type SessionRow, type SessionScope } from '../../db/queries/coaching-sessions.ts';
import { visibleIds } from '../analytics/analytics-access.ts';

export type CoachingErrorCode = 'forbidden' | 'not_found' | 'conflict' | 'unprocessable';
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: CoachingErrorCode; message: string };

export const refuse = (code: CoachingErrorCode, message: string): { ok: false; code: CoachingErrorCode; message: string } => ({ ok: false, code, message });

export async function ownManagerOf(database: Database, viewer: Viewer): Promise<number | null> {
  if (viewer.personId === null) return null;
  return (await findCoachedPerson(database.pool, viewer.orgId, viewer.personId))?.managerId ?? null;
}

export async function notesOpenToLeaders(database: Database, orgId: number): Promise<boolean> {
  return leadersSeePrivateNotes(await readOrgSettings(database.pool, orgId));
}

export type SessionInSight = { session: SessionRow; access: SessionAccess };

export async function sessionInSight(database: Database, viewer: Viewer, id: number): Promise<Outcome<SessionInSight>> {
  const session = await findSession(database.pool, viewer.orgId, id);
  const missing = refuse('not_found', `No coaching session #${id} in your scope.`);
  if (!session) return missing;
  const scope = peopleScope(viewer);
  const [visible, ownManagerId, notesOpen] = await Promise.all([
    scope.kind === 'subtree' ? visibleIds(database, viewer) : Promise.resolve(null),
    ownManagerOf(database, viewer),
    notesOpenToLeaders(database, viewer.orgId),
  ]);
  const access = sessionAccess({
    viewer,
    session,
    inViewerSubtree: visible !== null && (visible.has(session.managerId) || (session.repId !== null && visible.has(session.repId))),
    viewerManagerId: ownManagerId,
    leadersSeePrivateNotes: notesOpen,
  });
  return access ? { ok: true, value: { session, access } } : missing;
}

/** The session, if the viewer runs it; otherwise why not. */
export async function sessionToEdit(database: Database, viewer: Viewer, id: number): Promise<Outcome<SessionRow>> {
  const found = await sessionInSight(database, viewer, id);
  if (!found.ok) return found;
  if (!found.value.access.canEdit) return refuse('forbidden', `Only the manager who runs session #${id} can change it.`);
  return { ok: true, value: found.value.session };
}

/** Which sessions the viewer may list (the same reach as sessionAccess). */
export async function sessionScopeOf(database: Database, viewer: Viewer): Promise<SessionScope> {
  const scope = peopleScope(viewer);
  if (scope.kind === 'org') return { kind: 'org' };
  if (scope.kind === 'none') return { kind: 'none' };
  const ownManagerId = await ownManagerOf(database, viewer);
  return scope.kind === 'subtree'
    ? { kind: 'subtree', rootPersonId: scope.rootPersonId, ownManagerId }
    : { kind: 'self', personId: scope.personId, ownManagerId };
}

/** A person the viewer may coach: in their scope, not themself. */
export async function coacheeInScope(database: Database, viewer: Viewer, personId: number): Promise<Outcome<{ id: number; name: string; role: string }>> {
  const visible = await visibleIds(database, viewer);
  const person = await findCoachedPerson(database.pool, viewer.orgId, personId);
  if (!person || (visible && !visible.has(personId))) return refuse('not_found', `No person #${personId} in your scope.`);
  if (personId === viewer.personId) return refuse('unprocessable', 'You cannot coach or observe yourself: name one of your reps.');
  return { ok: true, value: person };
}

/** Sessions and observations are a coach's: a manager or leader linked to a person. */
export function checkCoach(viewer: Viewer): Outcome<number> {
  if (viewer.role === 'rep') return refuse('forbidden', 'Reps do not run coaching sessions or record observations.');
  if (viewer.personId === null) return refuse('forbidden', 'Your login is not linked to a person; sessions and observations are recorded by a person.');
  return { ok: true, value: viewer.personId };
}
