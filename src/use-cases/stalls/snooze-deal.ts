// Snoozing a deal (SPEC §4.6: a known pause is not a stall), with a reason and a date:
// a rep their own deals, a manager their subtree's, a leader or admin any deal.
import type { Viewer } from '../../core/access/viewer.ts';
import type { Snooze } from '../../core/stalls/detect-stalls.ts';
import type { Database } from '../../db/client.ts';
import { deleteSnooze, findSnoozeTarget, saveSnooze } from '../../db/stalls/deal-snoozes.ts';
import { visibleIds } from '../analytics/analytics-access.ts';

export type SnoozeOutcome<T> = { ok: true; value: T } | { ok: false; code: 'not_found' | 'unprocessable'; message: string };

async function dealInScope(database: Database, viewer: Viewer, dealId: number) {
  const deal = await findSnoozeTarget(database.pool, viewer.orgId, dealId);
  if (!deal) return null;
  const visible = await visibleIds(database, viewer);
  return visible && !visible.has(deal.ownerId) ? null : deal;
}

export async function snoozeDeal(
  database: Database, viewer: Viewer, dealId: number, request: { until: string; reason: string },
): Promise<SnoozeOutcome<Snooze>> {
  const deal = await dealInScope(database, viewer, dealId);
  if (!deal) return { ok: false, code: 'not_found', message: `No deal #${dealId} in your scope.` };
  if (deal.outcome !== 'open') return { ok: false, code: 'unprocessable', message: `Deal #${dealId} is closed (${deal.outcome}); only open deals stall.` };
  return { ok: true, value: await saveSnooze(database.pool, viewer.orgId, dealId, request, viewer.userId) };
}

/** Ends a deal's snooze; removing a snooze that is not there is not an error. */
export async function unsnoozeDeal(database: Database, viewer: Viewer, dealId: number): Promise<SnoozeOutcome<{ removed: boolean }>> {
  const deal = await dealInScope(database, viewer, dealId);
  if (!deal) return { ok: false, code: 'not_found', message: `No deal #${dealId} in your scope.` };
  return { ok: true, value: { removed: await deleteSnooze(database.pool, viewer.orgId, dealId) } };
}
