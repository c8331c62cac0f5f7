// The org of this installation. Coachboard serves one org per installation today; every
// row still carries org_id so that several can share a database later.
import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export async function findOrg(db: Queryable): Promise<{ id: number; name: string } | null> {
  const { rows } = await db.query<{ id: number; name: string }>('SELECT id, name FROM orgs ORDER BY id LIMIT 1');
  return rows[0] ?? null;
}

export async function ensureOrg(db: Queryable, name = 'My organisation'): Promise<number> {
  const existing = await findOrg(db);
  if (existing) return existing.id;
  const { rows } = await db.query<{ id: number }>('INSERT INTO orgs (name) VALUES ($1) RETURNING id', [name]);
  return rows[0]!.id;
}

export async function renameOrg(db: Queryable, orgId: number, name: string): Promise<void> {
  await db.query('UPDATE orgs SET name = $2 WHERE id = $1', [orgId, name]);
}
