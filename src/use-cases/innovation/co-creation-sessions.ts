// Co-creation sessions (SPEC §4.10, docs/innovation.md): opened on an open deal by whoever may
// coach its owner, saved step by step, held or cancelled, and later given an outcome.
import type { CoCreationSession, CoCreationSummary } from '../../contract/cocreation.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { checkOpenSession, checkOutcome } from '../../core/innovation/co-creation-rules.ts';
import type { OutcomeResult } from '../../core/innovation/innovation-terms.ts';
import type { Database } from '../../db/client.ts';
import {
  findCoCreation, insertCoCreation, listCoCreations, updateCoCreation, type CoCreationPatch, type ObstacleCategoryValue, type StepValue,
} from '../../db/innovation/co-creation-rows.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { insertSession, updateSession } from '../../db/queries/coaching-sessions.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';
import { dealInSight, visibleOwners } from '../deal-room/deal-access.ts';
import { coCreationInSight, coCreationToEdit } from './co-creation-access.ts';
import { coCreationView, toCoCreationSummary } from './co-creation-view.ts';

export type Clock = { today: string; now: string };

export async function showCoCreation(database: Database, viewer: Viewer, sessionId: number, clock: Clock): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationInSight(database, viewer, sessionId);
  if (!found.ok) return found;
  return { ok: true, value: await coCreationView(database, viewer.orgId, found.value.row, found.value.canEdit, clock.today) };
}

/** The session as its editor sees it after a write. */
export async function editorView(database: Database, viewer: Viewer, sessionId: number, clock: Clock): Promise<CoCreationSession> {
  const row = (await findCoCreation(database.pool, viewer.orgId, sessionId))!;
  return coCreationView(database, viewer.orgId, row, true, clock.today);
}

export async function openCoCreation(
  database: Database, viewer: Viewer, dealId: number, request: { obstacleCategory?: ObstacleCategoryValue | null; obstacle?: string | null }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await dealInSight(database, viewer, dealId);
  if (!found.ok) return found;
  const deal = found.value;
  if (viewer.role === 'rep') return refuse('forbidden', "A co-creation session is run by the deal owner's manager; you can read it on your deal.");
  const broken = checkOpenSession(deal, viewer.personId);
  if (broken) return refuse(broken.code, broken.message);
  if (!deal.canCoach) return refuse('forbidden', "A co-creation session is run by the deal owner's manager (or someone above them).");
  // An admin without a person runs it in the name of the owner's manager.
  const { rows: [owner] } = await database.pool.query<{ managerId: number | null }>(
    'SELECT manager_id AS "managerId" FROM people WHERE org_id = $1 AND id = $2', [viewer.orgId, deal.ownerId]);
  const managerId = viewer.personId ?? owner?.managerId ?? null;
  if (managerId === null) return refuse('unprocessable', 'Your login is not linked to a person and the deal owner has no manager to run the session.');
  const sessionId = await inTransaction(database.pool, async (client) => {
    const id = await insertSession(client, viewer.orgId, {
      managerId, kind: 'co_creation', repId: deal.ownerId, opportunityId: dealId, status: 'planned',
      scheduledAt: clock.now, heldAt: null, durationMin: null, stageId: null, behaviourId: null,
    });
    await insertCoCreation(client, viewer.orgId, { sessionId: id, dealId, obstacleCategory: request.obstacleCategory ?? null, obstacle: request.obstacle || null });
    return id;
  });
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export type CoCreationEdit = {
  step?: StepValue; obstacleCategory?: ObstacleCategoryValue | null; obstacle?: string | null; decision?: string | null; status?: 'held' | 'cancelled';
};

export async function editCoCreation(database: Database, viewer: Viewer, sessionId: number, edit: CoCreationEdit, clock: Clock): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const blank = (v: string | null | undefined) => (v === '' ? null : v);
  const patch: CoCreationPatch = { step: edit.step, obstacleCategory: edit.obstacleCategory, obstacle: blank(edit.obstacle), decision: blank(edit.decision) };
  await inTransaction(database.pool, async (client) => {
    await updateCoCreation(client, viewer.orgId, sessionId, patch);
    if (edit.status === 'held' && found.value.status !== 'held') await updateSession(client, viewer.orgId, sessionId, { status: 'held', heldAt: clock.now });
    if (edit.status === 'cancelled') await updateSession(client, viewer.orgId, sessionId, { status: 'cancelled' });
  });
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export async function recordOutcome(
  database: Database, viewer: Viewer, sessionId: number, request: { result: OutcomeResult; note?: string | null }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const row = found.value;
  const broken = checkOutcome({ status: row.status, outcome: row.outcomeResult, innovationId: row.innovationId }, request.result);
  if (broken) return refuse(broken.code, broken.message);
  await updateCoCreation(database.pool, viewer.orgId, sessionId, {
    outcomeResult: request.result, outcomeNote: request.note || null, outcomeOn: clock.today, outcomeBy: viewer.personId,
  });
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export async function listCoCreationsFor(database: Database, viewer: Viewer, query: { dealId?: number }): Promise<Outcome<CoCreationSummary[]>> {
  if (query.dealId !== undefined) {
    const deal = await dealInSight(database, viewer, query.dealId);
    if (!deal.ok) return deal;
  }
  const owners = await visibleOwners(database, viewer);
  const rows = await listCoCreations(database.pool, viewer.orgId, { dealId: query.dealId, ownerIds: owners === null ? null : [...owners] });
  return { ok: true, value: rows.map(toCoCreationSummary) };
}
