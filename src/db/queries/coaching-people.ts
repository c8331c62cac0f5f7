// The people and deals a coaching session names: who someone is and reports to, and whose
// deal a deal session is about.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type CoachedPerson = { id: number; name: string; role: 'rep' | 'manager' | 'leader'; managerId: number | null; active: boolean };

export async function findCoachedPerson(db: Db, orgId: number, id: number): Promise<CoachedPerson | null> {
  const { rows } = await db.query<CoachedPerson>(
    'SELECT id, name, role, manager_id AS "managerId", active FROM people WHERE org_id = $1 AND id = $2', [orgId, id]);
  return rows[0] ?? null;
}

export async function findDealOwner(db: Db, orgId: number, id: number): Promise<{ id: number; name: string; ownerId: number } | null> {
  const { rows } = await db.query<{ id: number; name: string; ownerId: number }>(
    'SELECT id, name, owner_id AS "ownerId" FROM opportunities WHERE org_id = $1 AND id = $2', [orgId, id]);
  return rows[0] ?? null;
}

export async function findOpenStageRef(db: Db, orgId: number, id: number): Promise<{ id: number; key: string; name: string } | null> {
  const { rows } = await db.query<{ id: number; key: string; name: string }>(
    `SELECT id, key, name FROM stages WHERE org_id = $1 AND id = $2 AND kind = 'open'`, [orgId, id]);
  return rows[0] ?? null;
}
