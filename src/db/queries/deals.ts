// Deals (opportunities) as the web app lists them: filtered, sorted, paginated, and
// limited to the owners the viewer may see.
import type pg from 'pg';
import type { PeopleScope } from '../../core/access/viewer.ts';
import { visiblePeopleCte } from './visible-people.ts';

export type DealFilter = {
  owner?: number; stage?: string; outcome?: string; q?: string;
  sort: string; page: number; pageSize: number;
};

export type DealRow = {
  id: number; externalId: string; name: string; ownerId: number; ownerName: string;
  accountName: string | null; productName: string | null; stageKey: string; stageName: string;
  outcome: 'open' | 'won' | 'lost' | 'no_decision'; amount: number | null; currency: string | null;
  createdAt: string | null; engagedAt: string | null; expectedCloseAt: string | null; closedAt: string | null;
};

const SORTS: Record<string, string> = {
  amount: 'o.amount ASC NULLS FIRST', '-amount': 'o.amount DESC NULLS LAST',
  closedAt: 'o.closed_at ASC NULLS LAST', '-closedAt': 'o.closed_at DESC NULLS LAST',
  createdAt: 'o.created_at ASC NULLS LAST', '-createdAt': 'o.created_at DESC NULLS LAST',
  name: 'o.name ASC', '-name': 'o.name DESC',
};

export async function listDeals(pool: pg.Pool, orgId: number, scope: PeopleScope, f: DealFilter): Promise<{ items: DealRow[]; total: number }> {
  const visible = visiblePeopleCte(scope);
  const order = SORTS[f.sort] ?? SORTS['-amount']!;
  const { rows } = await pool.query<DealRow & { total: number }>(
    `WITH visible AS (${visible.cte})
     SELECT o.id, o.external_id AS "externalId", o.name, o.owner_id AS "ownerId", p.name AS "ownerName",
            a.name AS "accountName", pr.name AS "productName", st.key AS "stageKey", st.name AS "stageName",
            o.outcome, o.amount, o.currency, o.created_at AS "createdAt", o.engaged_at AS "engagedAt",
            o.expected_close_at AS "expectedCloseAt", o.closed_at AS "closedAt", count(*) OVER ()::int AS total
     FROM opportunities o
     JOIN people p ON p.org_id = o.org_id AND p.id = o.owner_id
     JOIN stages st ON st.org_id = o.org_id AND st.id = o.stage_id
     LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id
     LEFT JOIN products pr ON pr.org_id = o.org_id AND pr.id = o.product_id
     WHERE o.org_id = $1 AND o.owner_id IN (SELECT id FROM visible)
       AND ($3::int IS NULL OR o.owner_id = $3)
       AND ($4::text IS NULL OR st.key = $4)
       AND ($5::text IS NULL OR o.outcome = $5)
       AND ($6::text IS NULL OR o.name ILIKE '%' || $6 || '%' OR a.name ILIKE '%' || $6 || '%' OR o.external_id = $6)
     ORDER BY ${order}, o.id
     LIMIT $7 OFFSET $8`,
    [orgId, ...visible.params, f.owner ?? null, f.stage ?? null, f.outcome ?? null, f.q ?? null, f.pageSize, (f.page - 1) * f.pageSize],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export async function listStages(pool: pg.Pool, orgId: number) {
  const { rows } = await pool.query<{ id: number; key: string; name: string; position: number; kind: 'open' | 'won' | 'lost' | 'no_decision' }>(
    'SELECT id, key, name, position, kind FROM stages WHERE org_id = $1 ORDER BY position, id', [orgId]);
  return rows;
}
