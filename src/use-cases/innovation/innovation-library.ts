// The innovation library (SPEC §4.10, docs/innovation.md): readable and searchable by everyone
// in the org; captured from a successful co-creation session; reuse counted once per deal.
import type { Innovation, InnovationsResponse, InnovationUse, InnovationUseResult } from '../../contract/innovation.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { checkCapture } from '../../core/innovation/co-creation-rules.ts';
import type { Database } from '../../db/client.ts';
import type { ObstacleCategoryValue } from '../../db/innovation/co-creation-rows.ts';
import { innovationsByIds, librarySegments, searchInnovations, type LibraryFilter } from '../../db/innovation/innovation-library.ts';
import { findUse, insertInnovation, insertUse, listUses, type UseRow } from '../../db/innovation/innovation-writes.ts';
import { visibleIds } from '../analytics/analytics-access.ts';
import { refuse, type Outcome } from '../coaching/sessions-access.ts';
import { dealInSight } from '../deal-room/deal-access.ts';
import { coCreationInSight, coCreationToEdit } from './co-creation-access.ts';
import { canOpenDeal, toInnovationItem, type OwnerFilter } from './innovation-views.ts';

export async function browseLibrary(database: Database, viewer: Viewer, filter: LibraryFilter): Promise<InnovationsResponse> {
  const [found, segments, owners] = await Promise.all([
    searchInnovations(database.pool, viewer.orgId, filter), librarySegments(database.pool, viewer.orgId), visibleIds(database, viewer),
  ]);
  return { items: found.items.map((r) => toInnovationItem(r, owners)), page: filter.page, pageSize: filter.pageSize, total: found.total, segments };
}

const toUse = (u: UseRow, owners: OwnerFilter): InnovationUse => ({
  id: u.id, usedAt: u.usedAt, by: u.byId === null ? null : { id: u.byId, name: u.byName ?? '' },
  deal: { id: u.dealId, name: u.dealName, canOpen: canOpenDeal(owners, u.dealOwnerId) }, sessionId: u.sessionId,
});

export async function showInnovation(database: Database, viewer: Viewer, id: number): Promise<Outcome<Innovation>> {
  const [[row], uses, owners] = await Promise.all([
    innovationsByIds(database.pool, viewer.orgId, [id]), listUses(database.pool, viewer.orgId, id), visibleIds(database, viewer),
  ]);
  if (!row) return refuse('not_found', `No innovation #${id}.`);
  return { ok: true, value: { ...toInnovationItem(row, owners), uses: uses.map((u) => toUse(u, owners)) } };
}

export type CaptureRequest = {
  title: string; segment?: string | null; obstacleCategory?: ObstacleCategoryValue; situation: string; approach: string; lesson: string;
};

export async function captureInnovation(database: Database, viewer: Viewer, sessionId: number, request: CaptureRequest): Promise<Outcome<Innovation>> {
  const found = await coCreationToEdit(database, viewer, sessionId);
  if (!found.ok) return found;
  const row = found.value;
  const broken = checkCapture({ status: row.status, outcome: row.outcomeResult, innovationId: row.innovationId });
  if (broken) return refuse(broken.code, broken.message);
  const obstacleCategory = request.obstacleCategory ?? row.obstacleCategory;
  if (!obstacleCategory) return refuse('unprocessable', 'Name the obstacle category (in the session or here).');
  const { rows: [deal] } = await database.pool.query<{ segment: string | null }>(`
    SELECT coalesce(o.segment, a.segment) AS segment FROM opportunities o
    LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id WHERE o.org_id = $1 AND o.id = $2`, [viewer.orgId, row.dealId]);
  let id: number;
  try {
    id = await insertInnovation(database.pool, viewer.orgId, {
      title: request.title, segment: request.segment === undefined ? deal!.segment : (request.segment || null), obstacleCategory,
      situation: request.situation, approach: request.approach, lesson: request.lesson, result: row.outcomeResult!,
      sourceDealId: row.dealId, sourceSessionId: sessionId, authorId: viewer.personId ?? row.managerId,
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return refuse('conflict', 'This session was captured meanwhile.');
    throw error;
  }
  return showInnovation(database, viewer, id);
}

export async function markReuse(
  database: Database, viewer: Viewer, innovationId: number, request: { sessionId?: number; dealId?: number },
): Promise<Outcome<InnovationUseResult>> {
  const [exists] = await innovationsByIds(database.pool, viewer.orgId, [innovationId]);
  if (!exists) return refuse('not_found', `No innovation #${innovationId}.`);
  let dealId = request.dealId;
  if (request.sessionId !== undefined) {
    const session = await coCreationInSight(database, viewer, request.sessionId);
    if (!session.ok) return session;
    if (dealId !== undefined && dealId !== session.value.row.dealId) return refuse('unprocessable', `Session #${request.sessionId} is not on deal #${dealId}.`);
    dealId = session.value.row.dealId;
  } else {
    const deal = await dealInSight(database, viewer, dealId!);
    if (!deal.ok) return deal;
  }
  if (exists.sourceDealId === dealId) return refuse('unprocessable', 'This innovation came from this very deal.');
  const use = await insertUse(database.pool, viewer.orgId, { innovationId, dealId: dealId!, sessionId: request.sessionId ?? null, usedBy: viewer.personId });
  const [row, owners] = await Promise.all([findUse(database.pool, viewer.orgId, use.id), visibleIds(database, viewer)]);
  const [after] = await innovationsByIds(database.pool, viewer.orgId, [innovationId]);
  return { ok: true, value: { innovationId, use: toUse(row!, owners), useCount: after!.useCount, created: use.created } };
}
