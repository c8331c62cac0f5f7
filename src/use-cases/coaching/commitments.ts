// Commitments (SPEC §4.8 Embed and review, docs/sessions.md): the session's manager agrees
// dated commitments with the rep, may correct or remove one while it is open, and reviews
// earlier ones in a later session. Reps see their own; managers their subtree's.
import { peopleScope, type Viewer } from '../../core/access/viewer.ts';
import { checkDueOn, checkReview, type ReviewStatus } from '../../core/coaching/commitment-review.ts';
import { canEditSteps } from '../../core/coaching/session-status.ts';
import type { Database } from '../../db/client.ts';
import { idsInScope } from '../../db/queries/find-person.ts';
import {
  deleteCommitment, findCommitment, insertCommitment, listCommitments, saveReview, updateCommitment,
  type CommitmentFilters, type CommitmentRow,
} from '../../db/queries/coaching-commitments.ts';
import { findBehaviourRef } from '../../db/queries/coaching-observations.ts';
import { findSession } from '../../db/queries/coaching-sessions.ts';
import { visibleIds } from '../analytics/analytics-access.ts';
import { coacheeInScope, refuse, sessionToEdit, type Outcome } from './sessions-access.ts';
import { toCommitmentView, type CommitmentView } from './sessions-view.ts';

export type CommitmentRequest = { text: string; dueOn: string; behaviourId?: number | null; repId?: number };

async function behaviourExists(database: Database, orgId: number, behaviourId: number | null): Promise<Outcome<null>> {
  if (behaviourId !== null && !(await findBehaviourRef(database.pool, orgId, behaviourId))) {
    return refuse('unprocessable', `No behaviour #${behaviourId} in the coaching guide.`);
  }
  return { ok: true, value: null };
}

async function view(database: Database, orgId: number, id: number): Promise<CommitmentView> {
  return toCommitmentView((await findCommitment(database.pool, orgId, id))!);
}

export async function addCommitment(database: Database, viewer: Viewer, sessionId: number, request: CommitmentRequest): Promise<Outcome<CommitmentView>> {
  const found = await sessionToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const session = found.value;
  if (!canEditSteps(session.status)) return refuse('conflict', `Session #${sessionId} is ${session.status}; commitments are agreed in a planned or held session.`);
  let repId = session.repId;
  if (repId === null) {
    if (request.repId === undefined) return refuse('unprocessable', 'A team skill session has no rep of its own: name whose commitment this is (repId).');
    const rep = await coacheeInScope(database, viewer, request.repId);
    if (!rep.ok) return rep;
    repId = request.repId;
  } else if (request.repId !== undefined && request.repId !== repId) {
    return refuse('unprocessable', `Session #${sessionId} is with person #${repId}; its commitments are theirs.`);
  }
  const due = checkDueOn(request.dueOn, session.date);
  if (!due.ok) return due;
  const behaviourId = request.behaviourId !== undefined ? request.behaviourId : session.behaviourId;
  const behaviour = await behaviourExists(database, viewer.orgId, behaviourId);
  if (!behaviour.ok) return behaviour;
  const id = await insertCommitment(database.pool, viewer.orgId, { sessionId, repId, behaviourId, text: request.text, dueOn: request.dueOn });
  return { ok: true, value: await view(database, viewer.orgId, id) };
}

/** The commitment, if the viewer runs the session that agreed it and it is still open. */
async function openCommitmentToEdit(database: Database, viewer: Viewer, id: number): Promise<Outcome<CommitmentRow>> {
  const commitment = await findCommitment(database.pool, viewer.orgId, id);
  if (!commitment) return refuse('not_found', `No commitment #${id} in your scope.`);
  const session = await sessionToEdit(database, viewer, commitment.sessionId);
  if (!session.ok) return session.code === 'not_found' ? refuse('not_found', `No commitment #${id} in your scope.`) : session;
  if (commitment.status !== 'open') return refuse('conflict', `Commitment #${id} was already reviewed (${commitment.status}); it stays as agreed.`);
  return { ok: true, value: commitment };
}

export async function editCommitment(
  database: Database, viewer: Viewer, id: number, patch: { text?: string; dueOn?: string; behaviourId?: number | null },
): Promise<Outcome<CommitmentView>> {
  const found = await openCommitmentToEdit(database, viewer, id);
  if (!found.ok) return found;
  if (patch.dueOn !== undefined) {
    const due = checkDueOn(patch.dueOn, found.value.sessionDate);
    if (!due.ok) return due;
  }
  if (patch.behaviourId !== undefined) {
    const behaviour = await behaviourExists(database, viewer.orgId, patch.behaviourId);
    if (!behaviour.ok) return behaviour;
  }
  await updateCommitment(database.pool, viewer.orgId, id, patch);
  return { ok: true, value: await view(database, viewer.orgId, id) };
}

export async function removeCommitment(database: Database, viewer: Viewer, id: number): Promise<Outcome<null>> {
  const found = await openCommitmentToEdit(database, viewer, id);
  if (!found.ok) return found;
  await deleteCommitment(database.pool, viewer.orgId, id);
  return { ok: true, value: null };
}

export type ReviewRequest = { status: ReviewStatus; note?: string | null; sessionId: number };

/** Marks an earlier commitment done / not done / dropped, in a later session the viewer runs. */
export async function reviewCommitment(database: Database, viewer: Viewer, id: number, request: ReviewRequest, now: string): Promise<Outcome<CommitmentView>> {
  const [commitment, visible] = await Promise.all([findCommitment(database.pool, viewer.orgId, id), visibleIds(database, viewer)]);
  if (!commitment || (visible && !visible.has(commitment.repId))) return refuse('not_found', `No commitment #${id} in your scope.`);
  const session = await sessionToEdit(database, viewer, request.sessionId);
  if (!session.ok) return session;
  const origin = await findSession(database.pool, viewer.orgId, commitment.sessionId);
  const checked = checkReview(commitment, { managerId: origin!.managerId, date: commitment.sessionDate }, session.value);
  if (!checked.ok) return checked;
  await saveReview(database.pool, viewer.orgId, id, { status: request.status, note: request.note?.trim() || null, sessionId: request.sessionId, at: now });
  return { ok: true, value: await view(database, viewer.orgId, id) };
}

export type CommitmentQuery = Omit<CommitmentFilters, 'repIds'>;

export async function listCommitmentsFor(database: Database, viewer: Viewer, query: CommitmentQuery) {
  const scope = peopleScope(viewer);
  const repIds = scope.kind === 'org' ? null : await idsInScope(database.pool, viewer.orgId, scope);
  const { items, total } = await listCommitments(database.pool, viewer.orgId, { ...query, repIds });
  return { items: items.map(toCommitmentView), page: query.page, pageSize: query.pageSize, total };
}
