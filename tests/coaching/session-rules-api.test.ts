// The rules of sessions and commitments over the API (docs/sessions.md): what a new session
// needs, its life (cancel, miss, reopen, hold), what a save may change, the list's filters
// and pages, team sessions, deal sessions, and correcting or removing a commitment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commitment, SessionDetail, SessionPage } from '../../src/contract/coaching.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { openCoachingFixture, type Actor, type CoachingFixture } from './coaching-fixture.ts';

describeEachEngine('session and commitment rules', (engine) => {
  let f: CoachingFixture;
  let teach: { id: number; stageId: number };
  let discoverStage = 0;
  let repDeal = 0;
  let otherDeal = 0;
  const code = (body: Record<string, unknown>) => (body.error as { code: string } | undefined)?.code;
  const create = async (body: Record<string, unknown>, actor: Actor = 'managerA') => f.request(actor, 'POST', '/sessions', body);
  const planned = (extra: Record<string, unknown> = {}) => ({ kind: 'one_on_one', repId: f.ids.repA2, scheduledAt: '2026-07-02T09:00:00Z', ...extra });

  beforeAll(async () => {
    f = await openCoachingFixture(engine);
    const q = async <T>(sql: string, params: unknown[] = []) => (await f.database.pool.query(sql, params)).rows[0] as T;
    teach = await q(`SELECT b.id, b.stage_id AS "stageId" FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id WHERE s.key = 'teach' ORDER BY b.position LIMIT 1`);
    discoverStage = (await q<{ id: number }>(`SELECT id FROM stages WHERE key = 'discover'`)).id;
    repDeal = (await q<{ id: number }>('SELECT id FROM opportunities WHERE owner_id = $1 ORDER BY id LIMIT 1', [f.ids.repA2])).id;
    otherDeal = (await q<{ id: number }>('SELECT id FROM opportunities WHERE owner_id = $1 ORDER BY id LIMIT 1', [f.ids.repA1])).id;
  });
  afterAll(async () => f?.database.close());

  describe('creating', () => {
    it('refuses what a new session may not be', async () => {
      const CASES: [string, Actor, Record<string, unknown>, number, string][] = [
        ['by a rep', 'repA1', planned(), 403, 'forbidden'],
        ['by an admin without a person', 'admin', planned(), 403, 'forbidden'],
        ['with a rep of another team', 'managerB', planned(), 404, 'not_found'],
        ['with a person who does not exist', 'managerA', planned({ repId: 999_999 }), 404, 'not_found'],
        ['with themself', 'managerA', planned({ repId: -1 }), 422, 'unprocessable'],
        ['a one-on-one without a rep', 'managerA', planned({ repId: null }), 422, 'unprocessable'],
        ['a team session naming a rep', 'managerA', planned({ kind: 'team_skill' }), 422, 'unprocessable'],
        ['planned without a time', 'managerA', planned({ scheduledAt: undefined }), 422, 'unprocessable'],
        ['a time without a zone', 'managerA', planned({ scheduledAt: '2026-07-02 09:00' }), 400, 'validation_failed'],
        ['a co-creation session (another module\'s)', 'managerA', planned({ kind: 'co_creation' }), 400, 'validation_failed'],
        ['held in the future', 'managerA', planned({ status: 'held', heldAt: '2099-01-01T09:00:00Z', durationMin: 30 }), 422, 'unprocessable'],
        ['held without a duration', 'managerA', planned({ status: 'held', heldAt: '2026-07-02T09:00:00Z' }), 422, 'unprocessable'],
        ['a deal session on another rep\'s deal', 'managerA', planned({ kind: 'deal', opportunityId: -2 }), 422, 'unprocessable'],
        ['a behaviour not in the guide', 'managerA', planned({ behaviourId: 999_999 }), 422, 'unprocessable'],
        ['a stage and a behaviour of another stage', 'managerA', planned({ behaviourId: -3, stageId: -4 }), 422, 'unprocessable'],
      ];
      for (const [name, actor, raw, status, errorCode] of CASES) {
        const body = { ...raw };
        if (body.repId === -1) body.repId = f.ids.managerA;
        if (body.opportunityId === -2) body.opportunityId = otherDeal;
        if (body.behaviourId === -3) body.behaviourId = teach.id;
        if (body.stageId === -4) body.stageId = discoverStage;
        const response = await create(body, actor);
        expect([name, response.status, code(response.body)]).toEqual([name, status, errorCode]);
      }
    });

    it('records a session already held, a deal session on the rep\'s deal, and a team session', async () => {
      const held = SessionDetail.parse((await create(planned({ status: 'held', heldAt: '2026-07-02T09:30:00Z', durationMin: 40, behaviourId: teach.id }))).body);
      expect(held).toMatchObject({ status: 'held', heldAt: '2026-07-02T09:30:00Z', durationMin: 40, stage: { id: teach.stageId }, behaviour: { id: teach.id } });
      const deal = await create(planned({ kind: 'deal', opportunityId: repDeal }));
      expect(deal.status).toBe(201);
      expect(SessionDetail.parse(deal.body).opportunity?.id).toBe(repDeal);
      const team = SessionDetail.parse((await create({ kind: 'team_skill', scheduledAt: '2026-07-03T15:00:00Z', durationMin: 60 })).body);
      expect(team).toMatchObject({ kind: 'team_skill', rep: null, durationMin: 60 });
      const noRep = await f.request('managerA', 'POST', `/sessions/${team.id}/commitments`, { text: 'Practise the insight opener', dueOn: '2026-07-10' });
      expect([noRep.status, code(noRep.body)]).toEqual([422, 'unprocessable']);
      const outsider = await f.request('managerA', 'POST', `/sessions/${team.id}/commitments`, { text: 'x', dueOn: '2026-07-10', repId: f.ids.repB1 });
      expect(outsider.status).toBe(404);
      const prepare = await f.request('managerA', 'GET', `/sessions/${team.id}/prepare`);
      expect(prepare.status).toBe(200);
      expect((prepare.body as { generated: { segment: unknown } }).generated.segment).toBeNull();
    });
  });

  describe('a session\'s life', () => {
    it('cancel → no more edits → reopen → hold with the planned duration', async () => {
      const id = SessionDetail.parse((await create(planned({ durationMin: 45 }))).body).id;
      expect(SessionDetail.parse((await f.request('managerA', 'POST', `/sessions/${id}/cancel`)).body).status).toBe('cancelled');
      for (const [method, path, body] of [
        ['PATCH', `/sessions/${id}`, { specify: 'x' }], ['POST', `/sessions/${id}/understand`, { text: 'x' }],
        ['POST', `/sessions/${id}/commitments`, { text: 'x', dueOn: '2026-07-09' }], ['POST', `/sessions/${id}/hold`, {}],
      ] as [string, string, unknown][]) {
        const response = await f.request('managerA', method, path, body);
        expect([method, path, response.status]).toEqual([method, path, 409]);
      }
      expect(SessionDetail.parse((await f.request('managerA', 'POST', `/sessions/${id}/reopen`)).body).status).toBe('planned');
      const held = await f.request('managerA', 'POST', `/sessions/${id}/hold`);
      expect(held.status).toBe(200);
      const session = SessionDetail.parse(held.body);
      expect(session).toMatchObject({ status: 'held', durationMin: 45 });
      expect(Date.now() - Date.parse(session.heldAt!)).toBeLessThan(60_000);
    });

    it('a future session cannot be missed (cancel it instead); a past one can', async () => {
      const future = SessionDetail.parse((await create(planned({ scheduledAt: '2099-01-05T09:00:00Z' }))).body).id;
      expect((await f.request('managerA', 'POST', `/sessions/${future}/miss`)).status).toBe(422);
      const past = SessionDetail.parse((await create(planned())).body).id;
      expect(SessionDetail.parse((await f.request('managerA', 'POST', `/sessions/${past}/miss`)).body).status).toBe('missed');
    });

    it('holding needs a duration when none was planned', async () => {
      const id = SessionDetail.parse((await create(planned())).body).id;
      expect((await f.request('managerA', 'POST', `/sessions/${id}/hold`, { heldAt: '2026-07-02T09:00:00Z' })).status).toBe(422);
      expect((await f.request('managerA', 'POST', `/sessions/${id}/hold`, { heldAt: '2026-07-02T09:00:00Z', durationMin: 25 })).status).toBe(200);
      // A held session is not rescheduled; its held time can be corrected.
      expect((await f.request('managerA', 'PATCH', `/sessions/${id}`, { scheduledAt: '2026-07-09T09:00:00Z' })).status).toBe(409);
      const fixed = await f.request('managerA', 'PATCH', `/sessions/${id}`, { heldAt: '2026-07-02T09:10:00Z' });
      expect(SessionDetail.parse(fixed.body)).toMatchObject({ heldAt: '2026-07-02T09:10:00Z', date: '2026-07-02' });
    });

    it('saves a stage, then a behaviour of another stage only with that stage', async () => {
      const id = SessionDetail.parse((await create(planned())).body).id;
      expect(SessionDetail.parse((await f.request('managerA', 'PATCH', `/sessions/${id}`, { stageId: discoverStage })).body).stage?.id).toBe(discoverStage);
      const moved = SessionDetail.parse((await f.request('managerA', 'PATCH', `/sessions/${id}`, { behaviourId: teach.id })).body);
      expect([moved.stage?.id, moved.behaviour?.id]).toEqual([teach.stageId, teach.id]);
      expect((await f.request('managerA', 'PATCH', `/sessions/${id}`, { stageId: discoverStage })).status).toBe(422);
      const cleared = SessionDetail.parse((await f.request('managerA', 'PATCH', `/sessions/${id}`, { stageId: discoverStage, behaviourId: null })).body);
      expect([cleared.stage?.id, cleared.behaviour]).toEqual([discoverStage, null]);
      expect((await f.request('managerA', 'PATCH', `/sessions/${id}`, { opportunityId: repDeal })).status).toBe(422); // not a deal session
    });

    it('answers 404 for a session that does not exist, 400 for a bad id', async () => {
      expect((await f.request('managerA', 'GET', '/sessions/999999')).status).toBe(404);
      expect((await f.request('managerA', 'GET', '/sessions/abc')).status).toBe(400);
    });
  });

  describe('commitments', () => {
    it('are corrected or removed while open, by the session\'s manager only', async () => {
      const id = SessionDetail.parse((await create(planned({ behaviourId: teach.id }))).body).id;
      const made = Commitment.parse((await f.request('managerA', 'POST', `/sessions/${id}/commitments`, { text: 'Open with the insight', dueOn: '2026-07-09' })).body);
      expect(made.behaviour?.id).toBe(teach.id);
      const far = await f.request('managerA', 'PATCH', `/commitments/${made.id}`, { dueOn: '2027-07-09' });
      expect(far.status).toBe(422);
      expect(Commitment.parse((await f.request('managerA', 'PATCH', `/commitments/${made.id}`, { text: 'Open both meetings with the insight', behaviourId: null })).body))
        .toMatchObject({ text: 'Open both meetings with the insight', behaviour: null, dueOn: '2026-07-09' });
      expect((await f.request('leader', 'PATCH', `/commitments/${made.id}`, { text: 'x' })).status).toBe(403);
      expect((await f.request('repA2', 'DELETE', `/commitments/${made.id}`)).status).toBe(403);
      expect((await f.request('managerB', 'DELETE', `/commitments/${made.id}`)).status).toBe(404);
      expect((await f.request('managerA', 'DELETE', `/commitments/${made.id}`)).status).toBe(204);
      expect((await f.request('managerA', 'DELETE', `/commitments/${made.id}`)).status).toBe(404);
    });

    it('once reviewed, stay as agreed', async () => {
      const first = SessionDetail.parse((await create(planned({ scheduledAt: '2026-07-06T09:00:00Z' }))).body).id;
      const made = Commitment.parse((await f.request('managerA', 'POST', `/sessions/${first}/commitments`, { text: 'Map the buying group', dueOn: '2026-07-10' })).body);
      const next = SessionDetail.parse((await create(planned({ scheduledAt: '2026-07-13T09:00:00Z' }))).body).id;
      expect((await f.request('managerB', 'POST', `/commitments/${made.id}/review`, { status: 'done', sessionId: next })).status).toBe(404);
      expect((await f.request('leader', 'POST', `/commitments/${made.id}/review`, { status: 'done', sessionId: next })).status).toBe(403);
      expect((await f.request('managerA', 'POST', `/commitments/${made.id}/review`, { status: 'finished', sessionId: next })).status).toBe(400);
      expect((await f.request('managerA', 'POST', `/commitments/${made.id}/review`, { status: 'dropped', note: 'Deal lost.', sessionId: next })).status).toBe(200);
      expect((await f.request('managerA', 'PATCH', `/commitments/${made.id}`, { text: 'x' })).status).toBe(409);
      expect((await f.request('managerA', 'DELETE', `/commitments/${made.id}`)).status).toBe(409);
    });
  });

  describe('the list', () => {
    it('filters by rep, manager, status, kind and days, pages with a total, and orders by time', async () => {
      const all = SessionPage.parse((await f.request('managerA', 'GET', '/sessions?pageSize=500')).body);
      expect(all.total).toBe(all.items.length);
      const times = all.items.map((s) => s.heldAt ?? s.scheduledAt ?? '');
      expect(times).toEqual([...times].sort().reverse());
      const asc = SessionPage.parse((await f.request('managerA', 'GET', '/sessions?pageSize=500&order=asc')).body);
      expect(asc.items.map((s) => s.id)).toEqual([...all.items].reverse().map((s) => s.id));
      const CASES: [string, (s: (typeof all.items)[number]) => boolean][] = [
        [`repId=${f.ids.repA2}`, (s) => s.rep?.id === f.ids.repA2],
        [`managerId=${f.ids.managerA}`, (s) => s.manager.id === f.ids.managerA],
        ['status=held', (s) => s.status === 'held'],
        ['status=missed', (s) => s.status === 'missed'],
        ['kind=team_skill', (s) => s.kind === 'team_skill'],
        ['from=2026-07-01&to=2026-07-03', (s) => s.date >= '2026-07-01' && s.date <= '2026-07-03'],
      ];
      for (const [query, keep] of CASES) {
        const page = SessionPage.parse((await f.request('managerA', 'GET', `/sessions?pageSize=500&${query}`)).body);
        expect([query, page.items.map((s) => s.id)]).toEqual([query, all.items.filter(keep).map((s) => s.id)]);
        expect(page.items.length).toBeGreaterThan(0);
      }
      const second = SessionPage.parse((await f.request('managerA', 'GET', '/sessions?pageSize=3&page=2')).body);
      expect([second.items.map((s) => s.id), second.total]).toEqual([all.items.slice(3, 6).map((s) => s.id), all.total]);
      const beyond = SessionPage.parse((await f.request('managerA', 'GET', '/sessions?pageSize=3&page=999')).body);
      expect([beyond.items, beyond.total]).toEqual([[], all.total]);
      expect((await f.request('managerA', 'GET', '/sessions?status=done')).status).toBe(400);
    });
  });
});
