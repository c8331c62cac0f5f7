// People as the web app and CLI list them, limited to what the viewer may see.
import type pg from 'pg';
import type { PeopleScope } from '../../core/access/viewer.ts';
import { visiblePeopleCte } from './visible-people.ts';

export type PersonListRow = {
  id: number; externalId: string; name: string; email: string | null; title: string | null;
  role: 'rep' | 'manager' | 'leader'; managerId: number | null; managerName: string | null;
  team: string | null; region: string | null; active: boolean; openDeals: number; closedDeals: number;
};

export async function listPeople(
  pool: pg.Pool, orgId: number, scope: PeopleScope,
  filter: { role?: string; q?: string; page: number; pageSize: number },
): Promise<{ items: PersonListRow[]; total: number }> {
  const visible = visiblePeopleCte(scope);
  const { rows } = await pool.query<PersonListRow & { total: number }>(
    `WITH visible AS (${visible.cte}),
     deal_counts AS (
       SELECT owner_id, count(*) FILTER (WHERE outcome = 'open')::int AS open_deals,
              count(*) FILTER (WHERE outcome <> 'open')::int AS closed_deals
       FROM opportunities WHERE org_id = $1 AND owner_id IN (SELECT id FROM visible) GROUP BY owner_id)
     SELECT p.id, p.external_id AS "externalId", p.name, p.email, p.title, p.role, p.manager_id AS "managerId",
            m.name AS "managerName", p.team, p.region, p.active,
            coalesce(d.open_deals, 0) AS "openDeals", coalesce(d.closed_deals, 0) AS "closedDeals",
            count(*) OVER ()::int AS total
     FROM people p
     JOIN visible v ON v.id = p.id
     LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id
     LEFT JOIN deal_counts d ON d.owner_id = p.id
     WHERE p.org_id = $1 AND ($3::text IS NULL OR p.role = $3)
       AND ($4::text IS NULL OR p.name ILIKE '%' || $4 || '%' OR p.email ILIKE '%' || $4 || '%')
     ORDER BY p.name, p.id
     LIMIT $5 OFFSET $6`,
    [orgId, ...visible.params, filter.role ?? null, filter.q ?? null, filter.pageSize, (filter.page - 1) * filter.pageSize],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export type TreeRow = { id: number; name: string; role: 'rep' | 'manager' | 'leader'; region: string | null; managerId: number | null; openDeals: number };

export async function listPeopleForTree(pool: pg.Pool, orgId: number, scope: PeopleScope): Promise<TreeRow[]> {
  const visible = visiblePeopleCte(scope);
  const { rows } = await pool.query<TreeRow>(
    `WITH visible AS (${visible.cte})
     SELECT p.id, p.name, p.role, p.region, p.manager_id AS "managerId",
            (SELECT count(*)::int FROM opportunities o WHERE o.org_id = $1 AND o.owner_id = p.id AND o.outcome = 'open') AS "openDeals"
     FROM people p JOIN visible v ON v.id = p.id WHERE p.org_id = $1 ORDER BY p.name`,
    [orgId, ...visible.params],
  );
  return rows;
}
