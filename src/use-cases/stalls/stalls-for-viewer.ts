// GET /api/v1/stalls: the stalled deals the caller may see — a rep their own, a manager
// their subtree (or a manager's under them), a leader or admin anyone's (SPEC §5).
import { peopleScope, type Viewer } from '../../core/access/viewer.ts';
import type { StallReport } from '../../core/stalls/detect-stalls.ts';
import type { Database } from '../../db/client.ts';
import { idsInScope } from '../../db/queries/find-person.ts';
import { managerInScope, subtreeIds, type Access } from '../analytics/analytics-access.ts';
import { findStalledDeals } from './find-stalled-deals.ts';
import type { StallReferenceCache } from './stall-reference-cache.ts';

export type StallScope = { kind: 'org' | 'team' | 'self'; managerId: number | null; name: string };

export async function stallsForViewer(
  database: Database, viewer: Viewer, today: string, query: { asOf?: string; managerId?: number }, cache?: StallReferenceCache,
): Promise<Access<{ report: StallReport; scope: StallScope }>> {
  let ownerIds: readonly number[] | null;
  let scope: StallScope;
  if (query.managerId !== undefined) {
    const manager = await managerInScope(database, viewer, query.managerId);
    if (!manager.ok) return manager;
    ownerIds = await subtreeIds(database, viewer.orgId, query.managerId);
    scope = { kind: 'team', managerId: query.managerId, name: manager.value!.name };
  } else {
    const people = peopleScope(viewer);
    ownerIds = people.kind === 'org' ? null : await idsInScope(database.pool, viewer.orgId, people);
    scope = people.kind === 'org' ? { kind: 'org', managerId: null, name: 'Whole organisation' }
      : people.kind === 'subtree' ? { kind: 'team', managerId: people.rootPersonId, name: 'Your team' }
        : { kind: 'self', managerId: null, name: 'Your deals' };
  }
  const report = await findStalledDeals(database, viewer.orgId, today, { asOf: query.asOf, ownerIds }, cache);
  return { ok: true, value: { report, scope } };
}
