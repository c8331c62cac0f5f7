// The Create and Share steps of a co-creation session: ideas per lens, choosing them, and
// turning chosen ideas' next steps into dated commitments for the deal's owner.
import type { CoCreationSession } from '../../contract/cocreation.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { checkNextStep } from '../../core/innovation/co-creation-rules.ts';
import type { Lens } from '../../core/innovation/innovation-terms.ts';
import type { Database } from '../../db/client.ts';
import { deleteIdea, findIdea, insertIdea, linkNextStep, updateIdea } from '../../db/innovation/co-creation-ideas.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { insertCommitment } from '../../db/queries/coaching-commitments.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';
import { coCreationToEdit } from './co-creation-access.ts';
import { editorView, type Clock } from './co-creation-sessions.ts';

export async function addIdea(
  database: Database, viewer: Viewer, sessionId: number, idea: { lens: Lens; text: string; chosen?: boolean }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  await insertIdea(database.pool, viewer.orgId, sessionId, { lens: idea.lens, text: idea.text, chosen: idea.chosen ?? false });
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export async function editIdea(
  database: Database, viewer: Viewer, sessionId: number, ideaId: number, patch: { lens?: Lens; text?: string; chosen?: boolean }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  if (!(await findIdea(database.pool, viewer.orgId, sessionId, ideaId))) return refuse('not_found', `No idea #${ideaId} in session #${sessionId}.`);
  await updateIdea(database.pool, viewer.orgId, ideaId, patch);
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

/** Removes an idea; the commitments made from it stay with the rep (only the link goes). */
export async function removeIdea(database: Database, viewer: Viewer, sessionId: number, ideaId: number, clock: Clock): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  if (!(await findIdea(database.pool, viewer.orgId, sessionId, ideaId))) return refuse('not_found', `No idea #${ideaId} in session #${sessionId}.`);
  await deleteIdea(database.pool, viewer.orgId, ideaId);
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export async function addNextStep(
  database: Database, viewer: Viewer, sessionId: number, step: { text: string; dueOn: string; ideaId?: number }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const idea = step.ideaId === undefined ? null : await findIdea(database.pool, viewer.orgId, sessionId, step.ideaId);
  const broken = checkNextStep({ dueOn: step.dueOn, today: clock.today, idea, ideaGiven: step.ideaId !== undefined });
  if (broken) return refuse(broken.code, broken.message);
  await inTransaction(database.pool, async (client) => {
    const commitmentId = await insertCommitment(client, viewer.orgId, {
      sessionId, repId: found.value.repId, behaviourId: null, text: step.text, dueOn: step.dueOn,
    });
    if (idea) await linkNextStep(client, viewer.orgId, commitmentId, idea.id);
  });
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}
