// PAUSE coaching sessions (SPEC §4.8, docs/sessions.md): create one (planned or already
// held), read it as the viewer may, save its steps as the manager goes, and move it on
// (held, cancelled, missed, reopened). Only the manager who runs a session changes it.
import type { Viewer } from '../../core/access/viewer.ts';
import { checkNewSession, resolveFocus, type NewSessionKind } from '../../core/coaching/new-session-rules.ts';
import { checkHeld, checkSessionEdit, planTransition, type SessionAction } from '../../core/coaching/session-status.ts';
import type { Database } from '../../db/client.ts';
import { findBehaviourRef } from '../../db/queries/coaching-observations.ts';
import { findDealOwner, findOpenStageRef } from '../../db/queries/coaching-people.ts';
import {
  insertSession, listSessions, updateSession, type SessionFilters, type SessionPatch, type SessionRow,
} from '../../db/queries/coaching-sessions.ts';
import {
  checkCoach, coacheeInScope, refuse, sessionInSight, sessionScopeOf, sessionToEdit, type Outcome,
} from './sessions-access.ts';
import { sessionView, toSessionListItem, type SessionView } from './sessions-view.ts';

export type CreateSessionRequest = {
  kind: NewSessionKind;
  repId?: number | null;
  opportunityId?: number | null;
  status?: 'planned' | 'held';
  scheduledAt?: string | null;
  heldAt?: string | null;
  durationMin?: number | null;
  stageId?: number | null;
  behaviourId?: number | null;
};

export type StepsPatch = {
  prepare?: string | null; affirm?: string | null; understand?: string | null; specify?: string | null;
  embed?: string | null; privateNote?: string | null;
  stageId?: number | null; behaviourId?: number | null; opportunityId?: number | null;
  scheduledAt?: string | null; heldAt?: string; durationMin?: number | null;
};

/** Checks a stage and behaviour against the guide; the behaviour decides the stage. */
async function focusOf(
  database: Database, orgId: number, requested: { stageId?: number | null; behaviourId?: number | null },
  current: { stageId: number | null; behaviourId: number | null },
): Promise<Outcome<{ stageId: number | null; behaviourId: number | null }>> {
  if (requested.stageId != null && !(await findOpenStageRef(database.pool, orgId, requested.stageId))) {
    return refuse('unprocessable', `No open stage #${requested.stageId} in the sales process.`);
  }
  const behaviourId = requested.behaviourId !== undefined ? requested.behaviourId : current.behaviourId;
  const behaviour = behaviourId === null ? null : await findBehaviourRef(database.pool, orgId, behaviourId);
  if (behaviourId !== null && !behaviour) return refuse('unprocessable', `No behaviour #${behaviourId} in the coaching guide.`);
  return resolveFocus(requested, current, behaviour?.stageId ?? null);
}

async function checkDeal(database: Database, orgId: number, opportunityId: number, repId: number | null): Promise<Outcome<null>> {
  const deal = await findDealOwner(database.pool, orgId, opportunityId);
  if (!deal) return refuse('unprocessable', `No deal #${opportunityId}.`);
  if (deal.ownerId !== repId) return refuse('unprocessable', `Deal #${opportunityId} (${deal.name}) is not the rep's deal.`);
  return { ok: true, value: null };
}

export async function createSession(database: Database, viewer: Viewer, request: CreateSessionRequest, now: string): Promise<Outcome<SessionView>> {
  const coach = checkCoach(viewer);
  if (!coach.ok) return coach;
  const repId = request.repId ?? null;
  if (repId !== null) {
    const rep = await coacheeInScope(database, viewer, repId);
    if (!rep.ok) return rep;
  }
  const times = checkNewSession({
    kind: request.kind, repId, opportunityId: request.opportunityId ?? null, status: request.status ?? 'planned',
    scheduledAt: request.scheduledAt ?? null, heldAt: request.heldAt ?? null, durationMin: request.durationMin ?? null,
  }, now);
  if (!times.ok) return times;
  if (request.opportunityId != null) {
    const deal = await checkDeal(database, viewer.orgId, request.opportunityId, repId);
    if (!deal.ok) return deal;
  }
  const focus = await focusOf(database, viewer.orgId, request, { stageId: null, behaviourId: null });
  if (!focus.ok) return focus;
  const id = await insertSession(database.pool, viewer.orgId, {
    managerId: coach.value, kind: request.kind, repId, opportunityId: request.opportunityId ?? null, status: request.status ?? 'planned',
    ...times.value, ...focus.value,
  });
  return getSession(database, viewer, id);
}

export async function getSession(database: Database, viewer: Viewer, id: number): Promise<Outcome<SessionView>> {
  const found = await sessionInSight(database, viewer, id);
  if (!found.ok) return found;
  return { ok: true, value: await sessionView(database, viewer.orgId, found.value.session, found.value.access, viewer.personId) };
}

export type SessionListQuery = Omit<SessionFilters, 'order'> & { order?: 'asc' | 'desc' };

export async function listSessionsFor(database: Database, viewer: Viewer, query: SessionListQuery) {
  const scope = await sessionScopeOf(database, viewer);
  const { items, total } = await listSessions(database.pool, viewer.orgId, scope, { ...query, order: query.order ?? 'desc' });
  return { items: items.map(toSessionListItem), page: query.page, pageSize: query.pageSize, total };
}

/** Saves the fields present (each step as the manager goes); absent fields are left as they are. */
export async function saveSessionSteps(database: Database, viewer: Viewer, id: number, patch: StepsPatch, now: string): Promise<Outcome<SessionView>> {
  const found = await sessionToEdit(database, viewer, id);
  if (!found.ok) return found;
  const session = found.value;
  const schedule = checkSessionEdit(session.status, patch, now);
  if (!schedule.ok) return schedule;
  const changes: SessionPatch = {
    prepare: patch.prepare, affirm: patch.affirm, understand: patch.understand, specify: patch.specify, embed: patch.embed,
    privateNote: patch.privateNote, scheduledAt: patch.scheduledAt, heldAt: patch.heldAt, durationMin: patch.durationMin,
  };
  if (patch.opportunityId !== undefined) {
    if (patch.opportunityId !== null) {
      if (session.kind !== 'deal') return refuse('unprocessable', 'Only a deal session names a deal (opportunityId).');
      const deal = await checkDeal(database, viewer.orgId, patch.opportunityId, session.repId);
      if (!deal.ok) return deal;
    }
    changes.opportunityId = patch.opportunityId;
  }
  if (patch.stageId !== undefined || patch.behaviourId !== undefined) {
    const focus = await focusOf(database, viewer.orgId, patch, session);
    if (!focus.ok) return focus;
    Object.assign(changes, focus.value);
  }
  await updateSession(database.pool, viewer.orgId, id, changes);
  return getSession(database, viewer, id);
}

/** hold / cancel / miss / reopen, by the session's manager. */
export async function changeSessionStatus(
  database: Database, viewer: Viewer, id: number, action: SessionAction, now: string,
  hold: { heldAt?: string; durationMin?: number } = {},
): Promise<Outcome<SessionView>> {
  const found = await sessionToEdit(database, viewer, id);
  if (!found.ok) return found;
  const session: SessionRow = found.value;
  const next = planTransition(session, action, now);
  if (!next.ok) return next;
  const changes: SessionPatch = { status: next.value };
  if (action === 'hold') {
    const held = checkHeld({ heldAt: hold.heldAt ?? now, durationMin: hold.durationMin ?? session.durationMin }, now);
    if (!held.ok) return held;
    Object.assign(changes, held.value);
  }
  await updateSession(database.pool, viewer.orgId, id, changes);
  return getSession(database, viewer, id);
}
