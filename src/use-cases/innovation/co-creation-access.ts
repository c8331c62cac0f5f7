// Who may see and change a co-creation session (docs/innovation.md): whoever may open its deal
// sees it (the rep their own deals'); the owner's manager, those above, leaders and admins edit.
import type { Viewer } from '../../core/access/viewer.ts';
import { checkEditable } from '../../core/innovation/co-creation-rules.ts';
import type { Database } from '../../db/client.ts';
import { findCoCreation, type CoCreationRow } from '../../db/innovation/co-creation-rows.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';
import { dealInSight } from '../deal-room/deal-access.ts';

export type CoCreationInSight = { row: CoCreationRow; canEdit: boolean };

export async function coCreationInSight(database: Database, viewer: Viewer, sessionId: number): Promise<Outcome<CoCreationInSight>> {
  const row = await findCoCreation(database.pool, viewer.orgId, sessionId);
  const missing = refuse('not_found', `No co-creation session #${sessionId} in your scope.`);
  if (!row) return missing;
  const deal = await dealInSight(database, viewer, row.dealId);
  if (!deal.ok) return missing;
  return { ok: true, value: { row, canEdit: deal.value.canCoach || (viewer.personId !== null && viewer.personId === row.managerId) } };
}

export async function coCreationToEdit(database: Database, viewer: Viewer, sessionId: number): Promise<Outcome<CoCreationRow>> {
  const found = await coCreationInSight(database, viewer, sessionId);
  if (!found.ok) return found;
  if (!found.value.canEdit) return refuse('forbidden', `Session #${sessionId} is run by the deal owner's manager; you can read it.`);
  const broken = checkEditable({ status: found.value.row.status, outcome: found.value.row.outcomeResult, innovationId: found.value.row.innovationId });
  if (broken) return refuse(broken.code, broken.message);
  return { ok: true, value: found.value.row };
}
