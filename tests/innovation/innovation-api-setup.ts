// The org of the stall tests (tests/stalls/stall-fixture.ts) with logins for the deal-room,
// co-creation and library API tests: Maria manages Rita and Raj, Mo manages Rosa.
import { expect } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import type { Engine } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { stallFixtureFiles } from '../stalls/stall-fixture.ts';

const PASSWORD = 'a long password';
export type Who = 'admin' | 'lee' | 'maria' | 'mo' | 'rita' | 'rosa';

export type InnovationOrg = { database: Database; as: Record<Who, ApiClient>; ids: Map<string, number> };

export async function openInnovationOrg(engine: Engine): Promise<InnovationOrg> {
  const database = await openTestDatabase(engine);
  await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: PASSWORD });
  expect((await runImport(database, await writeFolder(stallFixtureFiles()), { preset: 'generic' })).errors).toEqual([]);
  const ids = new Map<string, number>();
  const { rows } = await database.pool.query<{ ext: string; id: number }>(
    'SELECT external_id AS ext, id FROM people UNION ALL SELECT external_id, id FROM opportunities');
  for (const r of rows) ids.set(r.ext, r.id);
  const logins = [['lee', 'leader', 'l1'], ['maria', 'manager', 'm1'], ['mo', 'manager', 'm2'], ['rita', 'rep', 'r1'], ['rosa', 'rep', 'r3']] as const;
  for (const [who, role, person] of logins) {
    expect((await createUser(database, null, { email: `${who}@example.com`, role, personId: ids.get(person)!, password: PASSWORD })).ok).toBe(true);
  }
  const app = createApp(database, { serveWeb: false });
  const as = {} as Record<Who, ApiClient>;
  for (const who of ['admin', ...logins.map(([w]) => w)] as Who[]) {
    as[who] = apiClient(app);
    expect((await as[who].signIn(`${who}@example.com`, PASSWORD)).status).toBe(200);
  }
  return { database, as, ids };
}

export const addDaysTo = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
