// The cadence, calendar and accountability API over HTTP, by role (docs/cadences-and-
// calendar.md, docs/accountability.md). The routers are mounted the way createApp mounts
// every router (same session middleware); app.ts registers them separately.
import { Hono } from 'hono';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  AccountabilityResponse, CadencesResponse, CalendarFeedCreated, ManagersWeekResponse, TimeEntriesResponse,
} from '../../src/contract/cadence.ts';
import type { Database } from '../../src/db/client.ts';
import { createRouter, type AppEnv } from '../../src/server/context.ts';
import { apiError } from '../../src/server/errors.ts';
import { accountabilityRoutes } from '../../src/server/routes/accountability-routes.ts';
import { authRoutes } from '../../src/server/routes/auth-routes.ts';
import { cadenceRoutes } from '../../src/server/routes/cadence-routes.ts';
import { calendarRoutes } from '../../src/server/routes/calendar-routes.ts';
import { resolveSession } from '../../src/server/session-middleware.ts';
import { AnalysisCache } from '../../src/use-cases/analytics/analyse-org.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

function cadenceApp(database: Database): Hono<AppEnv> {
  const api = createRouter();
  const analysisCache = new AnalysisCache();
  api.use('*', async (c, next) => {
    c.set('database', database);
    c.set('analysisCache', analysisCache);
    await next();
  });
  api.use('*', resolveSession);
  for (const routes of [authRoutes, cadenceRoutes, calendarRoutes, accountabilityRoutes]) api.route('/', routes);
  const app = new Hono<AppEnv>();
  app.route('/api/v1', api);
  app.all('/api/*', (c) => apiError(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 'internal_error', 'Something went wrong on the server; it has been logged.');
  });
  return app;
}

type Actor = 'anonymous' | 'admin' | 'leader' | 'manager' | 'rep' | 'otherRep';

describeEachEngine('cadence, calendar and accountability API', (engine) => {
  let database: Database;
  let app: Hono<AppEnv>;
  const as = {} as Record<Actor, ApiClient>;
  const ids = {} as Record<'leader' | 'manager' | 'rep' | 'otherRep' | 'otherManager', number>;
  const names = {} as Record<'rep' | 'otherRep', string>;
  const call = async (actor: Actor, method: string, path: string, body?: unknown) => {
    const response = await as[actor].request(method, path, body);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: type.includes('json') ? JSON.parse(text) : text, headers: response.headers };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: 'admin password 1' });
    const demo = await loadDemo(database, { seed: 7, reps: 12, asOf: '2026-06-30', actorUserId: null });
    expect(demo.errors).toEqual([]);
    app = cadenceApp(database);
    const one = async (sql: string, params: unknown[] = []) => (await database.pool.query<{ id: number; email: string; name: string }>(sql, params)).rows[0]!;
    const leader = await one(`SELECT id, email, name FROM people WHERE role = 'leader' ORDER BY id LIMIT 1`);
    const manager = await one(`SELECT id, email, name FROM people WHERE external_id = 'demo-mgr-1'`);
    const otherManager = await one(`SELECT id, email, name FROM people WHERE external_id = 'demo-mgr-2'`);
    const rep = await one(`SELECT id, email, name FROM people WHERE role = 'rep' AND manager_id = $1 ORDER BY id LIMIT 1`, [manager.id]);
    const otherRep = await one(`SELECT id, email, name FROM people WHERE role = 'rep' AND manager_id = $1 ORDER BY id LIMIT 1`, [otherManager.id]);
    Object.assign(ids, { leader: leader.id, manager: manager.id, rep: rep.id, otherRep: otherRep.id, otherManager: otherManager.id });
    Object.assign(names, { rep: rep.name, otherRep: otherRep.name });
    as.anonymous = apiClient(app);
    as.admin = apiClient(app);
    expect((await as.admin.signIn('admin@example.com', 'admin password 1')).status).toBe(200);
    for (const [actor, person] of [['leader', leader], ['manager', manager], ['rep', rep], ['otherRep', otherRep]] as const) {
      as[actor] = apiClient(app);
      expect((await as[actor].signIn(person.email, demo.demoPassword!)).status).toBe(200);
    }
  });
  afterAll(async () => database?.close());

  it('answers 401 without a session and 403 to a rep', async () => {
    for (const path of ['/cadences', '/accountability', '/accountability/managers', '/time-entries', '/calendar/feeds', '/calendar.ics']) {
      expect([path, (await call('anonymous', 'GET', path)).status]).toEqual([path, 401]);
    }
    for (const path of ['/cadences', '/accountability', '/accountability/managers', '/time-entries']) {
      expect([path, (await call('rep', 'GET', path)).status]).toEqual([path, 403]);
    }
    expect((await call('rep', 'POST', '/cadences/generate', {})).status).toBe(403);
    expect((await call('rep', 'GET', `/calendar.ics?personId=${ids.otherRep}`)).status).toBe(403);
  });

  it("gives a manager their default cadences, another manager's only to the leader", async () => {
    const mine = await call('manager', 'GET', '/cadences');
    expect(mine.status).toBe(200);
    const body = CadencesResponse.parse(mine.body);
    expect(body.cadences.filter((c) => c.kind === 'one_on_one')).toHaveLength(2);
    expect(body.cadences.filter((c) => c.kind === 'team_skill')).toHaveLength(1);
    expect(body.cadences.every((c) => c.kind !== 'one_on_one' || c.suggestion !== null)).toBe(true);
    expect((await call('manager', 'GET', `/cadences?managerId=${ids.otherManager}`)).status).toBe(404);
    expect((await call('leader', 'GET', '/cadences')).status).toBe(400);
    expect((await call('leader', 'GET', `/cadences?managerId=${ids.otherManager}`)).status).toBe(200);
  });

  it('edits a cadence, refuses bad input, and generates sessions idempotently', async () => {
    const { cadences } = CadencesResponse.parse((await call('manager', 'GET', '/cadences')).body);
    const first = cadences[0]!;
    const edited = await call('manager', 'PATCH', `/cadences/${first.id}`, { localTime: '08:30', timeZone: 'Europe/London', startsOn: '2026-06-29' }); // defaults start today
    expect([edited.status, edited.body.localTime, edited.body.timeZone]).toEqual([200, '08:30', 'Europe/London']);
    expect((await call('manager', 'PATCH', `/cadences/${first.id}`, { timeZone: 'Mars/Base' })).status).toBe(422);
    expect((await call('manager', 'PATCH', `/cadences/${first.id}`, { localTime: '25:00' })).status).toBe(400);
    expect((await call('manager', 'POST', '/cadences', { repId: ids.otherRep, kind: 'one_on_one', weekday: 2, localTime: '09:00', durationMin: 30, startsOn: '2026-07-01' })).status).toBe(422);
    // The demo already planned the 4 weeks after its as-of date; plan the two weeks after those.
    const generated = await call('manager', 'POST', '/cadences/generate', { asOf: '2026-08-03', horizonWeeks: 2 });
    expect(generated.status).toBe(200);
    expect(generated.body.created).toBeGreaterThan(0);
    expect((await call('manager', 'POST', '/cadences/generate', { asOf: '2026-08-03', horizonWeeks: 2 })).body.created).toBe(0);
  });

  it('saves and reads the weekly time self-report', async () => {
    const saved = await call('manager', 'PUT', '/time-entries', { week: '2026-06-24', entries: [{ category: 'coaching', hours: 6 }, { category: 'admin', hours: 10 }] });
    expect(saved.status).toBe(200);
    expect(TimeEntriesResponse.parse(saved.body)).toEqual({ managerId: ids.manager, weekStart: '2026-06-22', entries: [{ category: 'coaching', hours: 6 }, { category: 'admin', hours: 10 }] });
    expect((await call('manager', 'GET', '/time-entries?week=2026-06-28')).body.entries).toHaveLength(2);
    expect((await call('manager', 'PUT', '/time-entries', { managerId: ids.otherManager, week: '2026-06-24', entries: [] })).status).toBe(404);
    expect((await call('manager', 'PUT', '/time-entries', { week: '2026-06-24', entries: [{ category: 'golf', hours: 6 }] })).status).toBe(400);
  });

  it("shows a manager's adherence over the demo's held 1:1s", async () => {
    const response = await call('manager', 'GET', '/accountability?weeks=8&asOf=2026-06-30');
    expect(response.status).toBe(200);
    const body = AccountabilityResponse.parse(response.body);
    expect(body.weeks).toHaveLength(8);
    expect(body.weeks.at(-1)!.weekStart).toBe('2026-06-29');
    expect(body.weeks.reduce((sum, w) => sum + w.held, 0)).toBeGreaterThan(0);
    const june22 = body.weeks.find((w) => w.weekStart === '2026-06-22')!;
    expect(june22.coachingEntryHours).toBe(6);
    expect(june22.share).toBeCloseTo((june22.heldMinutes / 60 + 6) / 40, 10);
    expect((await call('manager', 'GET', `/accountability?managerId=${ids.otherManager}`)).status).toBe(404);
  });

  it('shows the leader every manager for a week, a manager only their subtree', async () => {
    const leader = await call('leader', 'GET', '/accountability/managers?week=2026-06-24');
    expect(leader.status).toBe(200);
    const body = ManagersWeekResponse.parse(leader.body);
    expect(body.weekStart).toBe('2026-06-22');
    expect(body.managers.length).toBeGreaterThanOrEqual(6);
    expect(body.managers.every((m) => m.repCount >= 0)).toBe(true);
    const own = ManagersWeekResponse.parse((await call('manager', 'GET', '/accountability/managers?week=2026-06-24')).body);
    expect(own.managers.map((m) => m.manager.id)).toEqual([ids.manager]);
  });

  it('serves a secret feed URL without a session until it is revoked, then 404', async () => {
    const created = await call('manager', 'POST', '/calendar/feeds');
    expect(created.status).toBe(201);
    const { feed, url } = CalendarFeedCreated.parse(created.body);
    const path = new URL(url).pathname.replace('/api/v1', '');
    const fetched = await call('anonymous', 'GET', path);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(fetched.body as string)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    const stored = await database.pool.query<{ token_hash: string }>('SELECT token_hash FROM calendar_feeds WHERE id = $1', [feed.id]);
    expect(url).not.toContain(stored.rows[0]!.token_hash);
    expect((await call('otherRep', 'DELETE', `/calendar/feeds/${feed.id}`)).status).toBe(404);
    expect((await call('manager', 'DELETE', `/calendar/feeds/${feed.id}`)).status).toBe(204);
    expect((await call('anonymous', 'GET', path)).status).toBe(404);
    expect((await call('manager', 'GET', '/calendar/feeds')).body.items[0].revokedAt).not.toBeNull();
  });

  it("gives a rep a feed of their own sessions only, and an .ics download", async () => {
    const { url } = CalendarFeedCreated.parse((await call('rep', 'POST', '/calendar/feeds')).body);
    const ics = (await call('anonymous', 'GET', new URL(url).pathname.replace('/api/v1', ''))).body as string;
    expect(ics).toContain(names.rep.split(' ')[0]!);
    expect(ics).not.toContain(names.otherRep);
    const download = await call('manager', 'GET', `/calendar.ics?personId=${ids.rep}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="coachboard-[a-z0-9-]+\.ics"$/);
    expect((await call('manager', 'GET', `/calendar.ics?personId=${ids.otherRep}`)).status).toBe(404);
  });

  it("lets a manager make a feed URL of their rep's calendar, never of someone out of scope", async () => {
    const created = await call('manager', 'POST', `/calendar/feeds?personId=${ids.rep}`);
    expect(created.status).toBe(201);
    const { feed, url } = CalendarFeedCreated.parse(created.body);
    expect(feed.personId).toBe(ids.rep);
    const ics = (await call('anonymous', 'GET', new URL(url).pathname.replace('/api/v1', ''))).body as string;
    expect(ics).toContain(names.rep.split(' ')[0]!);
    expect(ics).not.toContain(names.otherRep);
    expect((await call('manager', 'GET', '/calendar/feeds')).body.items.map((f: { id: number }) => f.id)).toContain(feed.id);
    expect((await call('rep', 'GET', '/calendar/feeds')).body.items.map((f: { id: number }) => f.id)).not.toContain(feed.id);
    expect((await call('manager', 'POST', `/calendar/feeds?personId=${ids.otherRep}`)).status).toBe(404);
    expect((await call('rep', 'POST', `/calendar/feeds?personId=${ids.otherRep}`)).status).toBe(403);
    expect((await call('leader', 'POST', '/calendar/feeds?personId=999999')).status).toBe(404);
    expect((await call('leader', 'POST', `/calendar/feeds?personId=${ids.otherRep}`)).status).toBe(201);
  });
});
