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
  ['GET', '/guide', undefined, everyone],
  ['GET', '/guide/print', undefined, everyone],
  ['PATCH', '/guide/stages/1', { expectedDays: 12 }, adminOnly],
  ['GET', '/guide/default', undefined, everyone],
  ['PUT', '/guide/stages/99999/question-order', { questionIds: [] }, { anonymous: 401, admin: 404, leader: 403, manager: 403, rep: 403 }],
  // Deal innovation (docs/innovation.md): the library and prompts are everyone's; a deal out of reach is 404.
  ['GET', '/innovations', undefined, everyone],
  ['GET', '/innovations?q=budget&obstacle=price_budget', undefined, everyone],
  ['GET', '/innovations/99999', undefined, { anonymous: 401, admin: 404, leader: 404, manager: 404, rep: 404 }],
  ['GET', '/co-creation', undefined, everyone],
  ['GET', '/co-creation/prompts?obstacle=timing', undefined, everyone],
  ['GET', '/deals/99999', undefined, { anonymous: 401, admin: 404, leader: 404, manager: 404, rep: 404 }],
  ['POST', '/deals/99999/co-creation', {}, { anonymous: 401, admin: 404, leader: 404, manager: 404, rep: 404 }],
  ['GET', '/co-creation/99999', undefined, { anonymous: 401, admin: 404, leader: 404, manager: 404, rep: 404 }],
  // Demo seed 7: the rep (#8) is the manager's (#2); deal 104 is the rep's, deal 375 and co-creation session 154 (after the demo's coaching history) another team's.
  ['GET', '/deals/104?asOf=2026-06-30', undefined, everyone],
  ['GET', '/deals/104/suggested-innovations', undefined, everyone],
  ['GET', '/deals/375', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 404, rep: 404 }],
  ['GET', '/co-creation/154', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 404, rep: 404 }],
  ['PATCH', '/co-creation/154', { decision: 'Keep the cost-of-waiting sheet as the next step' }, { anonymous: 401, admin: 200, leader: 200, manager: 404, rep: 404 }],
  ['GET', '/innovations/1', undefined, everyone],
  ['POST', '/innovations/1/uses', { dealId: 104 }, { anonymous: 401, admin: 201, leader: 200, manager: 200, rep: 200 }],
  ['POST', '/deals/104/co-creation', {}, { anonymous: 401, admin: 201, leader: 201, manager: 201, rep: 403 }],
  // Analytics before the rows below that change users' roles.
  ['GET', '/analytics/reps', undefined, everyone],
  ['GET', '/analytics/reps/8', undefined, everyone],
  ['GET', '/analytics/reps/10', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 404, rep: 404 }],
  ['GET', '/analytics/queue', undefined, { anonymous: 401, admin: 400, leader: 400, manager: 200, rep: 403 }],
  ['GET', '/analytics/queue?managerId=2', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/analytics/team', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/cadences?managerId=2', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/time-entries?managerId=2', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/accountability?managerId=2', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/accountability/managers', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['GET', '/calendar/feeds', undefined, everyone],
  ['GET', '/calendar.ics?personId=2', undefined, { anonymous: 401, admin: 200, leader: 200, manager: 200, rep: 403 }],
  ['POST', '/calendar/feeds?personId=2', undefined, { anonymous: 401, admin: 201, leader: 201, manager: 201, rep: 403 }],
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

describeEachEngine('API scope by role', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let password = '';
  let logins: { email: string; role: string }[] = [];
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const demo = await loadDemo(database, { seed: 9, reps: 12, asOf: '2026-06-30', actorUserId: null });
    password = demo.demoPassword!;
    logins = demo.logins;
    app = createApp(database, { serveWeb: false });
  });
  afterAll(async () => database?.close());

  const signedIn = async (role: string) => {
    const client = apiClient(app);
    const response = await client.signIn(logins.find((l) => l.role === role)!.email, password);
    const { user } = await response.json() as { user: { personId: number } };
    return { client, personId: user.personId };
  };
  const all = async <T>(client: ApiClient, path: string): Promise<{ items: T[]; total: number }> =>
    (await client.request('GET', path)).json() as Promise<{ items: T[]; total: number }>;

  it('a rep sees only themself and their own deals', async () => {
    const { client, personId } = await signedIn('rep');
    const people = await all<{ id: number }>(client, '/people?pageSize=500');
    expect(people.items.map((p) => p.id)).toEqual([personId]);
    const deals = await all<{ ownerId: number }>(client, '/deals?pageSize=500');
    expect(deals.total).toBeGreaterThan(0);
    expect(new Set(deals.items.map((d) => d.ownerId))).toEqual(new Set([personId]));
    const tree = await (await client.request('GET', '/org-tree')).json() as { roots: { id: number; children: unknown[] }[] };
    expect(tree.roots.map((r) => [r.id, r.children.length])).toEqual([[personId, 0]]);
  });

  it('a manager sees their team and its deals, and nobody else', async () => {
    const { client, personId } = await signedIn('manager');
    const { rows } = await database.pool.query<{ id: number }>('SELECT id FROM people WHERE id = $1 OR manager_id = $1 ORDER BY id', [personId]);
    const team = rows.map((r) => r.id);
    const people = await all<{ id: number }>(client, '/people?pageSize=500');
    expect(people.items.map((p) => p.id).sort((a, b) => a - b)).toEqual(team);
    const { rows: [{ n }] } = await database.pool.query('SELECT count(*)::int AS n FROM opportunities WHERE owner_id = ANY($1)', [team]);
    const deals = await all<{ ownerId: number }>(client, '/deals?pageSize=1');
    expect(deals.total).toBe(n);
    // Filtering on someone outside the team finds nothing rather than leaking.
    const { rows: [outsider] } = await database.pool.query('SELECT id FROM people WHERE NOT (id = ANY($1)) AND role = $2 LIMIT 1', [team, 'rep']);
    expect((await all(client, `/deals?owner=${outsider.id}`)).total).toBe(0);
  });

  it('a leader sees the whole org', async () => {
    const { client } = await signedIn('leader');
    const { rows: [{ people, deals }] } = await database.pool.query('SELECT (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM opportunities) AS deals');
    expect((await all(client, '/people?pageSize=1')).total).toBe(people);
    expect((await all(client, '/deals?pageSize=1')).total).toBe(deals);
  });
});
