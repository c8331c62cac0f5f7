// The demo org (seed 7, 12 reps: two per manager) with a signed-in client per actor of the
// coaching tests: the admin (no person), the leader, manager A and two of A's reps, manager
// B and one of B's reps. Every demo person has a login with the demo password.
import { expect } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { coachingApp } from './coaching-app.ts';

export const ACTORS = ['anonymous', 'admin', 'leader', 'managerA', 'repA1', 'repA2', 'managerB', 'repB1'] as const;
export type Actor = (typeof ACTORS)[number];

export type CoachingFixture = {
  database: Database;
  clients: Record<Actor, ApiClient>;
  /** Person ids (the admin has none). */
  ids: Record<Exclude<Actor, 'anonymous' | 'admin'>, number>;
  request: (actor: Actor, method: string, path: string, body?: unknown) => Promise<{ status: number; body: Record<string, unknown>; text: string }>;
};

export async function openCoachingFixture(engine: 'embedded' | 'postgres'): Promise<CoachingFixture> {
  const database = await openTestDatabase(engine);
  await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: 'admin password 1' });
  const demo = await loadDemo(database, { seed: 7, reps: 12, asOf: '2026-06-30', actorUserId: null });
  expect(demo.errors).toEqual([]);
  const app = await coachingApp(database);
  const person = async (sql: string, params: unknown[]) => (await database.pool.query<{ id: number; email: string }>(sql, params)).rows;
  const [leader] = await person(`SELECT id, email FROM people WHERE role = 'leader' ORDER BY id LIMIT 1`, []);
  const [managerA] = await person(`SELECT id, email FROM people WHERE external_id = 'demo-mgr-1'`, []);
  const [managerB] = await person(`SELECT id, email FROM people WHERE external_id = 'demo-mgr-2'`, []);
  const repsOf = (managerId: number) => person(`SELECT id, email FROM people WHERE role = 'rep' AND manager_id = $1 ORDER BY id`, [managerId]);
  const [repA1, repA2] = await repsOf(managerA!.id);
  const [repB1] = await repsOf(managerB!.id);
  const people = { leader: leader!, managerA: managerA!, repA1: repA1!, repA2: repA2!, managerB: managerB!, repB1: repB1! };
  const clients = { anonymous: apiClient(app) } as Record<Actor, ApiClient>;
  clients.admin = apiClient(app);
  expect((await clients.admin.signIn('admin@example.com', 'admin password 1')).status).toBe(200);
  const ids = {} as CoachingFixture['ids'];
  for (const [actor, p] of Object.entries(people) as [keyof typeof people, { id: number; email: string }][]) {
    clients[actor] = apiClient(app);
    expect((await clients[actor].signIn(p.email, demo.demoPassword!)).status).toBe(200);
    ids[actor] = p.id;
  }
  const request: CoachingFixture['request'] = async (actor, method, path, body) => {
    const response = await clients[actor].request(method, path, body);
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : JSON.parse(text) as Record<string, unknown>, text };
  };
  return { database, clients, ids, request };
}
