// The Investigate step's stakeholder map: edits write through to the deal's stakeholders
// (role, influence, stance; engaged sets the engage date to today, or clears it).
import type { CoCreationSession } from '../../contract/cocreation.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import type { Database } from '../../db/client.ts';
import { findStakeholder, insertStakeholder, updateStakeholder, type StakeholderFields, type StakeholderRow } from '../../db/innovation/deal-people.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';
import { coCreationToEdit } from './co-creation-access.ts';
import { editorView, type Clock } from './co-creation-sessions.ts';

export type StakeholderEdit = {
  name?: string; role?: string | null; influence?: StakeholderRow['influence']; stance?: StakeholderRow['stance']; engaged?: boolean;
};

function toFields(edit: StakeholderEdit, current: StakeholderRow | null, today: string): StakeholderFields {
  const engagedOn = edit.engaged === undefined ? undefined : edit.engaged ? (current?.engagedOn ?? today) : null;
  return { name: edit.name, role: edit.role === '' ? null : edit.role, influence: edit.influence, stance: edit.stance, engagedOn };
}

export async function addStakeholder(
  database: Database, viewer: Viewer, sessionId: number, edit: StakeholderEdit & { name: string }, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const id = await insertStakeholder(database.pool, viewer.orgId, found.value.dealId, { ...toFields(edit, null, clock.today), name: edit.name });
  if (id === null) return refuse('conflict', `The deal already has a stakeholder named ${edit.name}: edit that one.`);
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}

export async function editStakeholder(
  database: Database, viewer: Viewer, sessionId: number, stakeholderId: number, edit: StakeholderEdit, clock: Clock,
): Promise<Outcome<CoCreationSession>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const current = await findStakeholder(database.pool, viewer.orgId, found.value.dealId, stakeholderId);
  if (!current) return refuse('not_found', `No stakeholder #${stakeholderId} on this deal.`);
  if (!(await updateStakeholder(database.pool, viewer.orgId, stakeholderId, toFields(edit, current, clock.today)))) {
    return refuse('conflict', `The deal already has a stakeholder named ${edit.name}.`);
  }
  return { ok: true, value: await editorView(database, viewer, sessionId, clock) };
}
