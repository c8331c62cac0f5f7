// Observations over the API (docs/sessions.md): who may record one, for whom, with what;
// the rep's history newest first, paginated; deletion by the author within 24 hours; and
// the latest rating feeding the gaps and the quadrant (latestRatings).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Observation, ObservationPage } from '../../src/contract/coaching.ts';
import { latestRatings } from '../../src/db/analytics/coaching-context.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { openCoachingFixture, type CoachingFixture } from './coaching-fixture.ts';

const today = new Date().toISOString().slice(0, 10);

describeEachEngine('observations', (engine) => {
  let f: CoachingFixture;
  let behaviourId = 0;
  const valid = () => ({ repId: f.ids.repA2, behaviourId, rating: 1, evidence: 'Sent the price before any discovery.', source: 'deal_review', observedAt: '2026-06-29' });
  const code = (body: Record<string, unknown>) => (body.error as { code: string } | undefined)?.code;

  beforeAll(async () => {
    f = await openCoachingFixture(engine);
    behaviourId = (await f.database.pool.query<{ id: number }>(`SELECT id FROM behaviours WHERE key LIKE 'discover.%' ORDER BY position LIMIT 1`)).rows[0]!.id;
  });
  afterAll(async () => f?.database.close());

  it('a manager records one for a rep of their team', async () => {
    const { status, body } = await f.request('managerA', 'POST', '/observations', valid());
    expect(status).toBe(201);
    expect(Observation.parse(body)).toMatchObject({
      rep: { id: f.ids.repA2 }, observer: { id: f.ids.managerA }, behaviour: { id: behaviourId }, stage: { key: 'discover' },
      rating: 1, source: 'deal_review', observedAt: '2026-06-29', sessionId: null,
    });
  });

  it('feeds the latest ratings that gaps and the quadrant read', async () => {
    const orgId = (await f.database.pool.query<{ id: number }>('SELECT id FROM orgs')).rows[0]!.id;
    const ratings = await latestRatings(f.database.pool, orgId, [f.ids.repA2], '2026-06-30');
    expect(ratings.find((r) => r.behaviourId === behaviourId)).toMatchObject({ rating: 1, observedAt: '2026-06-29' });
  });

  it('refuses what breaks a rule, each with its status and code', async () => {
    const CASES: [string, 'managerA' | 'managerB' | 'repA1' | 'admin', Record<string, unknown>, number, string][] = [
      ['a rating of 5', 'managerA', { rating: 5 }, 400, 'validation_failed'],
      ['a rating of 0', 'managerA', { rating: 0 }, 400, 'validation_failed'],
      ['no evidence', 'managerA', { evidence: '   ' }, 400, 'validation_failed'],
      ['an unknown source', 'managerA', { source: 'gossip' }, 400, 'validation_failed'],
      ['a date that does not exist', 'managerA', { observedAt: '2026-02-30' }, 400, 'validation_failed'],
      ['a date after today', 'managerA', { observedAt: '2099-01-01' }, 422, 'unprocessable'],
      ['a behaviour not in the guide', 'managerA', { behaviourId: 999_999 }, 422, 'unprocessable'],
      ['themself', 'managerA', { repId: -1 }, 422, 'unprocessable'],
      ['a rep of another team', 'managerB', {}, 404, 'not_found'],
      ['by a rep', 'repA1', {}, 403, 'forbidden'],
      ['by an admin without a person', 'admin', {}, 403, 'forbidden'],
    ];
    for (const [name, actor, change, status, errorCode] of CASES) {
      const body = { ...valid(), ...change };
      if (change.repId === -1) body.repId = f.ids.managerA;
      const response = await f.request(actor, 'POST', '/observations', body);
      expect([name, response.status, code(response.body)]).toEqual([name, status, errorCode]);
    }
  });

  it("lists a rep's history newest first, paginated, filterable by behaviour", async () => {
    for (const observedAt of ['2026-06-01', '2026-06-15', today]) {
      expect((await f.request('managerA', 'POST', '/observations', { ...valid(), observedAt, rating: 3 })).status).toBe(201);
    }
    const first = ObservationPage.parse((await f.request('managerA', 'GET', `/reps/${f.ids.repA2}/observations?pageSize=2`)).body);
    const all = ObservationPage.parse((await f.request('managerA', 'GET', `/reps/${f.ids.repA2}/observations?pageSize=500`)).body);
    expect(first.items).toEqual(all.items.slice(0, 2));
    expect(first.total).toBe(all.total);
    expect(all.items[0]!.observedAt).toBe(today);
    const dates = all.items.map((o) => o.observedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const second = ObservationPage.parse((await f.request('managerA', 'GET', `/reps/${f.ids.repA2}/observations?pageSize=2&page=2`)).body);
    expect(second.items).toEqual(all.items.slice(2, 4));
    const mine = ObservationPage.parse((await f.request('managerA', 'GET', `/reps/${f.ids.repA2}/observations?behaviourId=${behaviourId}&pageSize=500`)).body);
    expect(mine.items.every((o) => o.behaviour.id === behaviourId)).toBe(true);
    expect(mine.total).toBe(mine.items.length);
    expect(mine.total).toBeGreaterThanOrEqual(4);
    expect((await f.request('leader', 'GET', '/reps/999999/observations')).status).toBe(404);
    const beyond = ObservationPage.parse((await f.request('managerA', 'GET', `/reps/${f.ids.repA2}/observations?page=999`)).body);
    expect([beyond.items, beyond.total]).toEqual([[], all.total]);
  });

  it('only its author deletes one, within 24 hours', async () => {
    const created = Observation.parse((await f.request('managerA', 'POST', '/observations', valid())).body);
    const byLeader = Observation.parse((await f.request('leader', 'POST', '/observations', valid())).body);
    expect((await f.request('leader', 'DELETE', `/observations/${created.id}`)).status).toBe(403);
    expect((await f.request('managerB', 'DELETE', `/observations/${created.id}`)).status).toBe(404);
    expect((await f.request('repA2', 'DELETE', `/observations/${created.id}`)).status).toBe(403);
    expect((await f.request('managerA', 'DELETE', `/observations/${byLeader.id}`)).status).toBe(403);
    expect((await f.request('managerA', 'DELETE', `/observations/${created.id}`)).status).toBe(204);
    expect((await f.request('managerA', 'DELETE', `/observations/${created.id}`)).status).toBe(404);
    await f.database.pool.query(`UPDATE observations SET created_at = now() - interval '25 hours' WHERE id = $1`, [byLeader.id]);
    const late = await f.request('leader', 'DELETE', `/observations/${byLeader.id}`);
    expect([late.status, code(late.body)]).toEqual([409, 'conflict']);
  });

  it('needs the CSRF token on writes made with the session cookie', async () => {
    const client = f.clients.managerA;
    const token = client.csrfToken;
    client.csrfToken = null;
    const response = await client.request('POST', '/observations', valid()).finally(() => { client.csrfToken = token; });
    expect([response.status, code((await response.json()) as Record<string, unknown>)]).toEqual([403, 'csrf_failed']);
  });
});
