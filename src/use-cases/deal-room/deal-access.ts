// Which deals a viewer may open (a rep their own, a manager their subtree's, a leader or admin
// any: SPEC §5) and whether they may coach its owner in a co-creation session (someone above the
// owner: not the owner, not a rep).
import type { Viewer } from '../../core/access/viewer.ts';
import type { Database } from '../../db/client.ts';
import { visibleIds } from '../analytics/analytics-access.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';

export type DealInSight = { id: number; ownerId: number; outcome: string; canCoach: boolean };

export function canCoachOwner(viewer: Viewer, ownerId: number): boolean {
  if (viewer.role === 'admin' || viewer.role === 'leader') return viewer.personId !== ownerId;
  return viewer.role === 'manager' && viewer.personId !== null && viewer.personId !== ownerId;
}

export async function dealInSight(database: Database, viewer: Viewer, dealId: number): Promise<Outcome<DealInSight>> {
  const [{ rows: [deal] }, visible] = await Promise.all([
    database.pool.query<{ id: number; ownerId: number; outcome: string }>(
      'SELECT id, owner_id AS "ownerId", outcome FROM opportunities WHERE org_id = $1 AND id = $2', [viewer.orgId, dealId]),
    visibleIds(database, viewer),
  ]);
  if (!deal || (visible && !visible.has(deal.ownerId))) return refuse('not_found', `No deal #${dealId} in your scope.`);
  return { ok: true, value: { ...deal, canCoach: canCoachOwner(viewer, deal.ownerId) } };
}

/** The owners whose deals the viewer may open; null for everyone. */
export const visibleOwners = (database: Database, viewer: Viewer): Promise<Set<number> | null> => visibleIds(database, viewer);
