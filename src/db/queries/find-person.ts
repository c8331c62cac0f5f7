// Finds a person named on the command line or in a URL: by id, external id or exact name.
import type pg from 'pg';
import type { PeopleScope } from '../../core/access/viewer.ts';
import { visiblePeopleCte } from './visible-people.ts';

type Db = pg.Pool | pg.PoolClient;

export type PersonRef = { id: number; name: string; role: 'rep' | 'manager' | 'leader'; managerId: number | null };

/** Every person matching `ref` (an id, an external id, or an exact name, case-insensitive). */
export async function findPeopleByRef(db: Db, orgId: number, ref: string): Promise<PersonRef[]> {
  const { rows } = await db.query<PersonRef>(`
    SELECT id, name, role, manager_id AS "managerId" FROM people
    WHERE org_id = $1 AND (id::text = $2 OR external_id = $2 OR lower(name) = lower($2))
    ORDER BY (id::text = $2) DESC, (external_id = $2) DESC, id LIMIT 5`, [orgId, ref.trim()]);
  return rows;
}

/** The ids of the people a scope covers (a manager's subtree includes the manager). */
export async function idsInScope(db: Db, orgId: number, scope: PeopleScope): Promise<number[]> {
  const { cte, params } = visiblePeopleCte(scope);
  const { rows } = await db.query<{ id: number }>(`WITH visible AS (${cte}) SELECT id FROM visible`, [orgId, ...params]);
  return rows.map((r) => r.id);
}
