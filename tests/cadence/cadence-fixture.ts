// A small org for the cadence tests: one manager (Mia) with two reps (Rae, a core
// performer; Sam, a star), another manager (Max) with one rep (Ola); org zone Europe/Berlin.
import type { Database } from '../../src/db/client.ts';
import { ensureOrg } from '../../src/db/queries/orgs.ts';

export type CadenceOrg = { orgId: number; mia: number; rae: number; sam: number; max: number; ola: number };

export async function seedCadenceOrg(database: Database): Promise<CadenceOrg> {
  const orgId = await ensureOrg(database.pool, 'Cadence Co');
  await database.pool.query(`UPDATE orgs SET settings = settings || '{"timeZone":"Europe/Berlin"}'::jsonb WHERE id = $1`, [orgId]);
  const add = async (name: string, role: string, managerId: number | null) => (await database.pool.query<{ id: number }>(
    `INSERT INTO people (org_id, external_id, source, name, role, manager_id) VALUES ($1, $2, 'test', $2, $3, $4) RETURNING id`,
    [orgId, name, role, managerId])).rows[0]!.id;
  const mia = await add('Mia Manager', 'manager', null);
  const max = await add('Max Manager', 'manager', null);
  return { orgId, mia, max, rae: await add('Rae Rep', 'rep', mia), sam: await add('Sam Star', 'rep', mia), ola: await add('Ola Other', 'rep', max) };
}
