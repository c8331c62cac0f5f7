// Who sees which analytics over the API (SPEC §5; docs/analytics.md): a rep their own rep
// page, a manager their subtree, a leader or admin everyone. Every 200 body is checked
// against the contract schema (src/contract/analytics.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QueueResponse, RepDetailResponse, RepsResponse, TeamResponse,
} from '../../src/contract/analytics.ts';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const AS_OF = 'asOf=2026-06-30';

type Person = { id: number; role: string; managerId: number | null };

describeEachEngine('analytics access by role', (engine) => {
  let database: Database;
  const clients = {} as Record<'anonymous' | 'admin' | 'leader' | 'manager' | 'rep', ApiClient>;
  const me = {} as Record<'leader' | 'manager' | 'rep', number>;
  let people: Person[] = [];
  const repsOf = (managerId: number) => people.filter((p) => p.role === 'rep' && p.managerId === managerId).map((p) => p.id).sort((a, b) => a - b);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: 'admin password 1' });
    const demo = await loadDemo(database, { seed: 7, reps: 12, asOf: '2026-06-30', actorUserId: null });
    expect(demo.errors).toEqual([]);
    const app = createApp(database, { serveWeb: false });
    clients.anonymous = apiClient(app);
    const admin = apiClient(app);
    expect((await admin.signIn('admin@example.com', 'admin password 1')).status).toBe(200);
    clients.admin = admin;
    for (const role of ['leader', 'manager', 'rep'] as const) {
      const client = apiClient(app);
      const response = await client.signIn(demo.logins.find((l) => l.role === role)!.email, demo.demoPassword!);
      expect(response.status).toBe(200);
      me[role] = ((await response.json()) as { user: { personId: number } }).user.personId;
      clients[role] = client;
    }
    const { rows } = await database.pool.query<Person>('SELECT id, role, manager_id AS "managerId" FROM people ORDER BY id');
    people = rows;
  });
  afterAll(async () => database?.close());

  const get = async (actor: keyof typeof clients, path: string) => {
    const response = await clients[actor].request('GET', path);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const errorCode = (body: Record<string, unknown>) => (body.error as { code: string } | undefined)?.code;

  // Who is who in the demo org: the signed-in manager's reps, a rep of another manager, another manager.
  const fixture = () => {
    const team = repsOf(me.manager);
    const otherManager = people.find((p) => p.role === 'manager' && p.id !== me.manager)!.id;
    const outsiderRep = repsOf(otherManager)[0]!;
    const otherRep = people.find((p) => p.role === 'rep' && p.id !== me.rep)!.id;
    return { team, otherManager, outsiderRep, otherRep };
  };

  it('the demo org has what these tests rely on', () => {
    const { team, otherManager, outsiderRep } = fixture();
    expect(team.length).toBeGreaterThan(0);
    expect(team).not.toContain(outsiderRep);
    expect(otherManager).not.toBe(me.manager);
    expect(people.find((p) => p.id === me.rep)!.role).toBe('rep');
    expect(people.find((p) => p.id === me.leader)!.role).toBe('leader');
  });

  describe('anonymous', () => {
    it('gets 401 on all four analytics routes', async () => {
      const { outsiderRep } = fixture();
      for (const path of ['/analytics/reps', `/analytics/reps/${outsiderRep}`, '/analytics/queue', '/analytics/team']) {
        const { status, body } = await get('anonymous', `${path}?${AS_OF}`);
        expect([path, status, errorCode(body)]).toEqual([path, 401, 'unauthenticated']);
      }
    });
  });

  describe('a rep', () => {
    it('sees their own rep page', async () => {
      const { status, body } = await get('rep', `/analytics/reps/${me.rep}?${AS_OF}`);
      expect(status).toBe(200);
      const detail = RepDetailResponse.parse(body);
      expect(detail.rep.id).toBe(me.rep);
      expect(detail.asOf).toBe('2026-06-30');
      expect(detail.window).toEqual({ from: '2026-01-02', to: '2026-06-30' });
    });

    it("gets 404 for another rep's page", async () => {
      const { status, body } = await get('rep', `/analytics/reps/${fixture().otherRep}?${AS_OF}`);
      expect([status, errorCode(body)]).toEqual([404, 'not_found']);
    });

    it('lists only themself', async () => {
      const { status, body } = await get('rep', `/analytics/reps?${AS_OF}&pageSize=100`);
      expect(status).toBe(200);
      const list = RepsResponse.parse(body);
      expect(list.items.map((r) => r.id)).toEqual([me.rep]);
      expect(list.total).toBe(1);
    });

    it('gets 403 on the queue and the team, even naming their own manager', async () => {
      const manager = people.find((p) => p.id === me.rep)!.managerId!;
      for (const path of ['/analytics/queue', '/analytics/team', `/analytics/queue?managerId=${manager}`, `/analytics/team?managerId=${manager}`]) {
        const { status, body } = await get('rep', `${path}${path.includes('?') ? '&' : '?'}${AS_OF}`);
        expect([path, status, errorCode(body)]).toEqual([path, 403, 'forbidden']);
      }
    });
  });

  describe('a manager', () => {
    it('gets their own queue: exactly their direct reps, in three lists', async () => {
      const { status, body } = await get('manager', `/analytics/queue?${AS_OF}`);
      expect(status).toBe(200);
      const queue = QueueResponse.parse(body);
      expect(queue.manager.id).toBe(me.manager);
      expect(queue.asOf).toBe('2026-06-30');
      expect(queue.weekEnd).toBe('2026-07-05'); // 2026-06-30 is a Tuesday; its week ends on Sunday 07-05
      const listed = [...queue.coach, ...queue.talentFit, ...queue.lightTouch].map((e) => e.repId).sort((a, b) => a - b);
      expect(listed).toEqual(fixture().team);
      expect(queue.coach.every((e) => e.segment === 'core' || e.segment === 'ramping')).toBe(true);
      expect(queue.talentFit.every((e) => e.segment === 'bottom')).toBe(true);
      expect(queue.lightTouch.every((e) => e.segment === 'star')).toBe(true);
    });

    it('gets their team summary with its reps', async () => {
      const { status, body } = await get('manager', `/analytics/team?${AS_OF}`);
      expect(status).toBe(200);
      const team = TeamResponse.parse(body);
      expect(team.scope).toMatchObject({ kind: 'team', managerId: me.manager });
      expect(team.repCount).toBe(fixture().team.length);
      expect(team.reps.map((r) => r.id).sort((a, b) => a - b)).toEqual(fixture().team);
      expect(team.teams.map((t) => t.managerId)).toEqual([me.manager]);
    });

    it('naming themself gives the same team', async () => {
      const { status, body } = await get('manager', `/analytics/team?managerId=${me.manager}&${AS_OF}`);
      expect(status).toBe(200);
      expect(TeamResponse.parse(body).scope).toMatchObject({ kind: 'team', managerId: me.manager });
    });

    it("sees a rep of their team, and lists only their team's reps", async () => {
      const { team } = fixture();
      const detail = await get('manager', `/analytics/reps/${team[0]}?${AS_OF}`);
      expect(detail.status).toBe(200);
      expect(RepDetailResponse.parse(detail.body).rep.id).toBe(team[0]);
      const list = await get('manager', `/analytics/reps?${AS_OF}&pageSize=100`);
      expect(list.status).toBe(200);
      expect(RepsResponse.parse(list.body).items.map((r) => r.id).sort((a, b) => a - b)).toEqual(team);
    });

    it('gets 404 for a rep or a manager outside their subtree', async () => {
      const { outsiderRep, otherManager } = fixture();
      for (const path of [
        `/analytics/reps/${outsiderRep}`, `/analytics/reps/${otherManager}`,
        `/analytics/queue?managerId=${otherManager}`, `/analytics/team?managerId=${otherManager}`,
        `/analytics/reps?managerId=${otherManager}`, `/analytics/queue?managerId=${me.leader}`,
      ]) {
        const { status, body } = await get('manager', `${path}${path.includes('?') ? '&' : '?'}${AS_OF}`);
        expect([path, status, errorCode(body)]).toEqual([path, 404, 'not_found']);
      }
    });
  });

  describe('a leader (and an admin)', () => {
    it('gets the org team summary: every rep, one row per manager', async () => {
      const managers = people.filter((p) => p.role === 'manager').map((p) => p.id).sort((a, b) => a - b);
      for (const actor of ['leader', 'admin'] as const) {
        const { status, body } = await get(actor, `/analytics/team?${AS_OF}`);
        expect(status).toBe(200);
        const org = TeamResponse.parse(body);
        expect(org.scope).toEqual({ kind: 'org', managerId: null, name: 'Whole organisation' });
        expect(org.repCount).toBe(people.filter((p) => p.role === 'rep').length);
        expect(org.reps).toEqual([]);
        expect(org.teams.map((t) => t.managerId).sort((a, b) => a - b)).toEqual(managers);
        const spread = Object.values(org.distribution.segments).reduce((a, b) => a + b, 0);
        expect(spread).toBe(org.repCount);
      }
    });

    it("gets any manager's queue", async () => {
      const { otherManager } = fixture();
      for (const managerId of [me.manager, otherManager]) {
        const { status, body } = await get('leader', `/analytics/queue?managerId=${managerId}&${AS_OF}`);
        expect(status).toBe(200);
        const queue = QueueResponse.parse(body);
        expect(queue.manager.id).toBe(managerId);
        const listed = [...queue.coach, ...queue.talentFit, ...queue.lightTouch].map((e) => e.repId).sort((a, b) => a - b);
        expect(listed).toEqual(repsOf(managerId));
      }
    });

    it("gets any manager's team and any rep's page", async () => {
      const { otherManager, outsiderRep } = fixture();
      const team = await get('leader', `/analytics/team?managerId=${otherManager}&${AS_OF}`);
      expect(team.status).toBe(200);
      expect(TeamResponse.parse(team.body).reps.map((r) => r.id).sort((a, b) => a - b)).toEqual(repsOf(otherManager));
      const rep = await get('leader', `/analytics/reps/${outsiderRep}?${AS_OF}`);
      expect(rep.status).toBe(200);
      expect(RepDetailResponse.parse(rep.body).rep.id).toBe(outsiderRep);
      const list = await get('leader', `/analytics/reps?${AS_OF}&pageSize=5&page=2`);
      expect(list.status).toBe(200);
      const page = RepsResponse.parse(list.body);
      expect(page.total).toBe(12);
      expect(page.items).toHaveLength(5);
    });

    it('gets 400 on the queue without a managerId', async () => {
      for (const actor of ['leader', 'admin'] as const) {
        const { status, body } = await get(actor, `/analytics/queue?${AS_OF}`);
        expect([actor, status, errorCode(body)]).toEqual([actor, 400, 'bad_request']);
      }
    });

    it('gets 404 for a person who is not an active rep, or nobody', async () => {
      for (const id of [me.manager, 999_999]) {
        const { status, body } = await get('leader', `/analytics/reps/${id}?${AS_OF}`);
        expect([id, status, errorCode(body)]).toEqual([id, 404, 'not_found']);
      }
    });
  });

  describe('bad input', () => {
    it("refuses a rep's id where a manager is expected (404, naming the rep)", async () => {
      for (const route of ['queue', 'team']) {
        const { status, body } = await get('leader', `/analytics/${route}?managerId=${fixture().otherRep}`);
        expect([route, status]).toEqual([route, 404]);
        expect(JSON.stringify(body)).toContain('is a rep, not a manager');
      }
    });

    it('rejects a malformed date or window with 400', async () => {
      for (const query of ['asOf=30-06-2026', 'windowDays=3', 'windowDays=abc']) {
        const { status } = await get('leader', `/analytics/team?${query}`);
        expect([query, status]).toEqual([query, 400]);
      }
    });

    // A well-formed but impossible date is bad input too (it once reached dayNumberOf: 500).
    it('rejects an impossible as-of date (2026-02-30) with 400, not 500', async () => {
      const { status } = await get('leader', '/analytics/team?asOf=2026-02-30');
      expect(status).toBe(400);
    });
  });
});
