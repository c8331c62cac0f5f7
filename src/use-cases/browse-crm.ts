// Read-only views of the org's CRM data for the web app, API and CLI, each limited to
// what the viewer may see.
import { buildOrgTree, type TreeNode } from '../core/access/build-org-tree.ts';
import { peopleScope, type Viewer } from '../core/access/viewer.ts';
import type { ImportReport } from '../contract/api.ts';
import type { Database } from '../db/client.ts';
import { listDeals, listStages, type DealFilter } from '../db/queries/deals.ts';
import { listPeople, listPeopleForTree } from '../db/queries/people.ts';

export const browsePeople = (database: Database, viewer: Viewer, filter: { role?: string; q?: string; page: number; pageSize: number }) =>
  listPeople(database.pool, viewer.orgId, peopleScope(viewer), filter);

export async function orgTree(database: Database, viewer: Viewer): Promise<TreeNode[]> {
  return buildOrgTree(await listPeopleForTree(database.pool, viewer.orgId, peopleScope(viewer)));
}

export const browseDeals = (database: Database, viewer: Viewer, filter: DealFilter) =>
  listDeals(database.pool, viewer.orgId, peopleScope(viewer), filter);

export const browseStages = (database: Database, viewer: Viewer) => listStages(database.pool, viewer.orgId);

export async function browseImportRuns(database: Database, viewer: Viewer, page: number, pageSize: number) {
  const { rows } = await database.pool.query<{ id: number; preset: string; source: string; startedAt: string; report: string; total: number }>(
    `SELECT id, preset, source, to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startedAt", report,
            count(*) OVER ()::int AS total
     FROM import_runs WHERE org_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
    [viewer.orgId, pageSize, (page - 1) * pageSize],
  );
  return {
    items: rows.map((r) => ({ id: r.id, preset: r.preset, source: r.source, startedAt: r.startedAt, report: JSON.parse(r.report) as ImportReport })),
    total: rows[0]?.total ?? 0,
  };
}

export async function browseAudit(database: Database, viewer: Viewer, page: number, pageSize: number) {
  const { rows } = await database.pool.query<{ id: number; at: string; actorEmail: string | null; action: string; detail: Record<string, unknown>; total: number }>(
    `SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, u.email AS "actorEmail",
            a.action, a.detail, count(*) OVER ()::int AS total
     FROM audit_log a LEFT JOIN users u ON u.org_id = a.org_id AND u.id = a.actor_user_id
     WHERE a.org_id = $1 ORDER BY a.id DESC LIMIT $2 OFFSET $3`,
    [viewer.orgId, pageSize, (page - 1) * pageSize],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}
