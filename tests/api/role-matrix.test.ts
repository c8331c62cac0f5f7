// Every API route × every role: who gets 200/201/204, 401 or 403 (SPEC §5, issue 2).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

type Actor = 'anonymous' | 'admin' | 'leader' | 'manager' | 'rep';
const ACTORS: Actor[] = ['anonymous', 'admin', 'leader', 'manager', 'rep'];

const everyone = { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 200 };
const adminOnly = { anonymous: 401, admin: 200, leader: 403, manager: 403, rep: 403 };

// [method, path, body, expected status by actor]
const MATRIX: [string, string, unknown, Record<Actor, number>][] = [
  ['GET', '/setup/status', undefined, { anonymous: 200, admin: 200, leader: 200, manager: 200, rep: 200 }],
  ['POST', '/setup', { orgName: 'X', name: 'X', email: 'x@example.com', password: 'long enough pw' }, { anonymous: 409, admin: 409, leader: 409, manager: 409, rep: 409 }],
  ['GET', '/auth/me', undefined, everyone],
  ['GET', '/people', undefined, everyone],
  ['GET', '/org-tree', undefined, everyone],
  ['GET', '/stages', undefined, everyone],
  ['GET', '/deals?outcome=open&sort=-amount', undefined, everyone],
  ['GET', '/imports', undefined, adminOnly],
  ['POST', '/imports', 'form', adminOnly],
  ['GET', '/users', undefined, adminOnly],
  ['POST', '/users', 'new-user', { anonymous: 401, admin: 201, leader: 403, manager: 403, rep: 403 }],
  ['PATCH', '/users/2', { role: 'rep' }, adminOnly],
  ['GET', '/audit', undefined, adminOnly],
  ['POST', '/setup/demo', { seed: 3, reps: 6 }, { anonymous: 401, admin: 200, leader: 403, manager: 403, rep: 403 }],
  ['POST', '/auth/sign-out', undefined, { anonymous: 401, admin: 204, leader: 204, manager: 204, rep: 204 }],
];

describeEachEngine('API access by role', (engine) => {
  let database: Database;
  const clients = {} as Record<Actor, ApiClient>;
  let counter = 0;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: 'admin password 1' });
    const demo = await loadDemo(database, { seed: 7, reps: 12, asOf: '2026-06-30', actorUserId: null });
    expect(demo.errors).toEqual([]);
    const app = createApp(database, { serveWeb: false });
    const login = (role: string) => demo.logins.find((l) => l.role === role)!.email;
    const credentials: Record<Exclude<Actor, 'anonymous'>, [string, string]> = {
      admin: ['admin@example.com', 'admin password 1'],
      leader: [login('leader'), demo.demoPassword!],
      manager: [login('manager'), demo.demoPassword!],
      rep: [login('rep'), demo.demoPassword!],
    };
    clients.anonymous = apiClient(app);
    for (const [actor, [email, password]] of Object.entries(credentials)) {
      const client = apiClient(app);
      expect((await client.signIn(email, password)).status).toBe(200);
      clients[actor as Actor] = client;
    }
  });
  afterAll(async () => database?.close());

  for (const [method, path, body, expected] of MATRIX) {
    it(`${method} ${path}`, async () => {
      const statuses: Record<string, number> = {};
      for (const actor of ACTORS) {
        let payload = body;
        if (body === 'form') {
          const form = new FormData();
          form.set('preset', 'generic');
          form.set('dryRun', 'true');
          form.append('files', new File(['externalId,name,owner,stage,amount\n'], 'opportunities.csv', { type: 'text/csv' }));
          payload = form;
        } else if (body === 'new-user') {
          counter += 1;
          payload = { email: `new${counter}-${actor}@example.com`, role: 'rep', password: 'a new password' };
        }
        const response = await clients[actor].request(method, path, payload);
        statuses[actor] = response.status;
      }
      expect(statuses).toEqual(expected);
    });
  }
});
