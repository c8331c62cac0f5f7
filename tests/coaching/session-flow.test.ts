// A whole PAUSE session over the API, then its follow-up (SPEC §4.8, docs/sessions.md):
// create → generated Prepare → save steps → Understand records an observation → live
// Specify check → Embed commitments → hold; the next session reviews the commitments.
// Every 2xx body is checked against the contract (src/contract/coaching.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Commitment, CommitmentPage, Observation, PrepareResponse, SessionDetail, SessionPage, SpecifyCheckResponse,
} from '../../src/contract/coaching.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { openCoachingFixture, type CoachingFixture } from './coaching-fixture.ts';

describeEachEngine('a PAUSE session and its follow-up', (engine) => {
  let f: CoachingFixture;
  let sessionId = 0;
  let nextId = 0;
  let behaviour: { id: number; key: string; name: string; stageId: number };
  let earlierOpen: { id: number; dueOn: string }[] = [];

  beforeAll(async () => {
    f = await openCoachingFixture(engine);
    const { rows } = await f.database.pool.query<typeof behaviour>(`
      SELECT b.id, b.key, b.name, b.stage_id AS "stageId" FROM behaviours b JOIN stages s ON s.org_id = b.org_id AND s.id = b.stage_id
      WHERE s.key = 'teach' ORDER BY b.position LIMIT 1`);
    behaviour = rows[0]!;
    earlierOpen = (await f.database.pool.query<{ id: number; dueOn: string }>(
      `SELECT id, due_on::text AS "dueOn" FROM commitments WHERE rep_id = $1 AND status = 'open' ORDER BY id`, [f.ids.repA1])).rows;
  });
  afterAll(async () => f?.database.close());

  describe('the first session', () => {
    it('a manager creates a planned one-on-one with a rep of their team', async () => {
      const { status, body } = await f.request('managerA', 'POST', '/sessions', {
        kind: 'one_on_one', repId: f.ids.repA1, scheduledAt: '2026-07-01T10:00:00Z', durationMin: 30,
      });
      expect(status).toBe(201);
      const session = SessionDetail.parse(body);
      expect(session).toMatchObject({
        kind: 'one_on_one', status: 'planned', view: 'full', canEdit: true, date: '2026-07-01', durationMin: 30,
        manager: { id: f.ids.managerA }, rep: { id: f.ids.repA1 }, privateNote: null, prepare: null, commitments: [],
      });
      expect(session.affirmReminder).toMatch(/development, not evaluation/);
      sessionId = session.id;
    });

    it('opens with the earlier commitments still open, due ones first', async () => {
      const session = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${sessionId}`)).body);
      const listed = [...session.review!.due, ...session.review!.open].map((c) => c.id).sort((a, b) => a - b);
      expect(listed).toEqual(earlierOpen.map((c) => c.id));
      expect(session.review!.due.every((c) => c.dueOn <= '2026-07-01')).toBe(true);
      expect(session.review!.reviewed).toEqual([]);
    });

    it('generates the Prepare: segment, quadrant, top gap and focus, questions, commitments, observations, stalled deals', async () => {
      const { status, body } = await f.request('managerA', 'GET', `/sessions/${sessionId}/prepare`);
      expect(status).toBe(200);
      const prepare = PrepareResponse.parse(body);
      expect(prepare.asOf).toBe('2026-07-01');
      const g = prepare.generated;
      expect(g.segment?.segment).toMatch(/^(star|core|bottom|ramping)$/);
      expect(g.segment?.advice).not.toBe('');
      if (g.topGap) {
        expect(g.focus?.stage.id).toBe(g.topGap.stageId);
        expect(g.topGap.behaviours.length).toBeGreaterThan(0);
        expect(g.questions.length).toBeGreaterThan(0);
        expect(g.questions.length).toBeLessThanOrEqual(3);
      }
      expect([...g.commitments.due, ...g.commitments.open].map((c) => c.id).sort((a, b) => a - b)).toEqual(earlierOpen.map((c) => c.id));
      expect(g.observations.length).toBeLessThanOrEqual(5);
      const dates = g.observations.map((o) => o.observedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(Array.isArray(g.stalledDeals)).toBe(true);
      expect(g.draft).toContain('Ask:');
      expect(prepare.saved).toBeNull();
    });

    it('saves each step as the manager goes, only the fields sent', async () => {
      const steps: [string, unknown][] = [
        ['prepare', 'Focus on Teach: open with the downtime insight.'],
        ['affirm', 'Agreed this is about practice, not the forecast.'],
        ['privateNote', 'Seems tired; ask about workload next time.'],
        ['behaviourId', behaviour.id],
      ];
      for (const [field, value] of steps) {
        const { status, body } = await f.request('managerA', 'PATCH', `/sessions/${sessionId}`, { [field]: value });
        expect([field, status]).toEqual([field, 200]);
        SessionDetail.parse(body);
      }
      const session = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${sessionId}`)).body);
      expect(session).toMatchObject({
        prepare: 'Focus on Teach: open with the downtime insight.', affirm: 'Agreed this is about practice, not the forecast.',
        privateNote: 'Seems tired; ask about workload next time.', behaviour: { id: behaviour.id, key: behaviour.key }, stage: { id: behaviour.stageId },
      });
      const prepare = PrepareResponse.parse((await f.request('managerA', 'GET', `/sessions/${sessionId}/prepare`)).body);
      expect(prepare.saved).toBe('Focus on Teach: open with the downtime insight.');
      expect(prepare.generated.focus).toMatchObject({ behaviour: { id: behaviour.id }, reason: expect.stringMatching(/^Chosen for this session/) });
    });

    it('Understand records one observation of the behaviour, updated when saved again', async () => {
      const first = await f.request('managerA', 'POST', `/sessions/${sessionId}/understand`, {
        text: 'Opened the Tuesday call with the product demo, not an insight.', rating: 2, source: 'joint_call',
      });
      expect(first.status).toBe(200);
      const once = SessionDetail.parse(first.body);
      expect(once.understand).toBe('Opened the Tuesday call with the product demo, not an insight.');
      expect(once.observations).toHaveLength(1);
      expect(once.observations![0]).toMatchObject({ rating: 2, source: 'joint_call', observedAt: '2026-07-01', behaviour: { id: behaviour.id }, sessionId });
      const again = SessionDetail.parse((await f.request('managerA', 'POST', `/sessions/${sessionId}/understand`, { rating: 3, evidence: 'Re-read the notes: it was half an insight.' })).body);
      expect(again.observations).toHaveLength(1);
      expect(again.observations![0]).toMatchObject({ id: once.observations![0]!.id, rating: 3, evidence: 'Re-read the notes: it was half an insight.' });
      const history = await f.request('managerA', 'GET', `/reps/${f.ids.repA1}/observations?pageSize=1`);
      expect(history.status).toBe(200);
      expect(Observation.parse((history.body.items as unknown[])[0]).id).toBe(once.observations![0]!.id);
    });

    it('checks the Specify text live against the org guide', async () => {
      const outcome = await f.request('managerA', 'POST', `/sessions/${sessionId}/specify-check`, { text: 'Your conversion rate is down; hit your numbers.' });
      expect(outcome.status).toBe(200);
      const warned = SpecifyCheckResponse.parse(outcome.body);
      expect(warned.guide).toBe('org');
      expect(warned.behaviourKey).toBe(behaviour.key);
      expect(warned.warnings.map((w) => w.code)).toEqual(['outcome_language', 'no_commitment']);
      const good = SpecifyCheckResponse.parse((await f.request('managerA', 'POST', `/sessions/${sessionId}/specify-check`, {
        text: `${behaviour.name}: in the next two first meetings, open with the downtime cost of similar plants.`,
        commitments: [{ text: 'Open the Acme first meeting with the downtime cost', dueOn: '2026-07-08' }],
      })).body);
      expect(good.warnings).toEqual([]);
    });

    it('Embed creates dated commitments, which then satisfy the check', async () => {
      await f.request('managerA', 'PATCH', `/sessions/${sessionId}`, { specify: `${behaviour.name} in the next two first meetings.` });
      const { status, body } = await f.request('managerA', 'POST', `/sessions/${sessionId}/commitments`, {
        text: 'Open the Acme first meeting with the downtime cost of similar plants', dueOn: '2026-07-08',
      });
      expect(status).toBe(201);
      expect(Commitment.parse(body)).toMatchObject({ status: 'open', dueOn: '2026-07-08', behaviour: { id: behaviour.id }, rep: { id: f.ids.repA1 }, sessionId });
      const before = await f.request('managerA', 'POST', `/sessions/${sessionId}/commitments`, { text: 'Too early', dueOn: '2026-06-30' });
      expect([before.status, (before.body.error as { code: string }).code]).toEqual([422, 'unprocessable']);
      const check = SpecifyCheckResponse.parse((await f.request('managerA', 'POST', `/sessions/${sessionId}/specify-check`, { text: `${behaviour.name} in the next two first meetings.` })).body);
      expect(check.warnings.map((w) => w.code)).not.toContain('no_commitment');
    });

    it('reviews the earlier commitments: done, not done, each with a note', async () => {
      const [a, b] = earlierOpen;
      expect(a).toBeDefined();
      const done = await f.request('managerA', 'POST', `/commitments/${a!.id}/review`, { status: 'done', note: 'Did it on both deals.', sessionId });
      expect(done.status).toBe(200);
      expect(Commitment.parse(done.body)).toMatchObject({ status: 'done', reviewNote: 'Did it on both deals.', reviewedInSessionId: sessionId });
      // The verdict can be corrected in the same session…
      const corrected = await f.request('managerA', 'POST', `/commitments/${a!.id}/review`, { status: 'not_done', note: 'Only one deal, in fact.', sessionId });
      expect(Commitment.parse(corrected.body).status).toBe('not_done');
      if (b) expect((await f.request('managerA', 'POST', `/commitments/${b.id}/review`, { status: 'done', sessionId })).status).toBe(200);
      const session = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${sessionId}`)).body);
      expect(session.review!.due).toEqual([]);
      expect(session.review!.reviewed.map((c) => c.id)).toContain(a!.id);
      // …but a commitment is not reviewed in the session that agreed it.
      const own = session.commitments[0]!;
      const self = await f.request('managerA', 'POST', `/commitments/${own.id}/review`, { status: 'done', sessionId });
      expect(self.status).toBe(422);
    });

    it('holds the session with its duration; a held session cannot be held or cancelled again', async () => {
      const held = await f.request('managerA', 'POST', `/sessions/${sessionId}/hold`, { heldAt: '2026-07-01T10:05:00Z' });
      expect(held.status).toBe(200);
      expect(SessionDetail.parse(held.body)).toMatchObject({ status: 'held', heldAt: '2026-07-01T10:05:00Z', durationMin: 30 });
      for (const action of ['hold', 'cancel', 'miss']) {
        const again = await f.request('managerA', 'POST', `/sessions/${sessionId}/${action}`);
        expect([action, again.status]).toEqual([action, 409]);
      }
      const fix = await f.request('managerA', 'PATCH', `/sessions/${sessionId}`, { durationMin: 35, embed: 'Two first meetings, each opened with an insight.' });
      expect(SessionDetail.parse(fix.body)).toMatchObject({ durationMin: 35, embed: 'Two first meetings, each opened with an insight.' });
    });

    it('the rep sees the summary and their commitments, never the private note', async () => {
      const { status, body, text } = await f.request('repA1', 'GET', `/sessions/${sessionId}`);
      expect(status).toBe(200);
      const summary = SessionDetail.parse(body);
      expect(summary).toMatchObject({ view: 'summary', canEdit: false, specify: `${behaviour.name} in the next two first meetings.`, behaviour: { id: behaviour.id } });
      for (const hidden of ['privateNote', 'prepare', 'affirm', 'understand', 'observations', 'review']) expect(body).not.toHaveProperty(hidden);
      expect(text).not.toContain('Seems tired');
      expect(summary.commitments.map((c) => c.text)).toEqual(['Open the Acme first meeting with the downtime cost of similar plants']);
      const mine = CommitmentPage.parse((await f.request('repA1', 'GET', '/commitments?status=open')).body);
      expect(mine.items.every((c) => c.rep.id === f.ids.repA1)).toBe(true);
      expect(mine.items.map((c) => c.sessionId)).toContain(sessionId);
      const listed = SessionPage.parse((await f.request('repA1', 'GET', '/sessions?pageSize=100')).body);
      expect(listed.items.every((s) => s.rep?.id === f.ids.repA1 || (s.kind === 'team_skill' && s.rep === null))).toBe(true);
      // (The demo's planned sessions of the coming weeks are listed too.)
      expect(listed.items.find((s) => s.id === sessionId)).toMatchObject({ id: sessionId, commitmentCount: 1 });
    });
  });

  describe('the follow-up session', () => {
    it('opens with the commitment agreed last time, due by then', async () => {
      const created = await f.request('managerA', 'POST', '/sessions', { kind: 'one_on_one', repId: f.ids.repA1, scheduledAt: '2026-07-09T10:00:00Z' });
      expect(created.status).toBe(201);
      nextId = SessionDetail.parse(created.body).id;
      const session = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${nextId}`)).body);
      expect(session.review!.due.map((c) => c.text)).toEqual(['Open the Acme first meeting with the downtime cost of similar plants']);
      const prepare = PrepareResponse.parse((await f.request('managerA', 'GET', `/sessions/${nextId}/prepare`)).body);
      expect(prepare.generated.commitments.due.map((c) => c.sessionId)).toEqual([sessionId]);
      expect(prepare.generated.observations[0]).toMatchObject({ rating: 3, observedAt: '2026-07-01' });
    });

    it('marks it done with a note; then nothing is left to review', async () => {
      const session = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${nextId}`)).body);
      const due = session.review!.due[0]!;
      const reviewed = await f.request('managerA', 'POST', `/commitments/${due.id}/review`, { status: 'done', note: 'Opened both with the cost model.', sessionId: nextId });
      expect(reviewed.status).toBe(200);
      const after = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${nextId}`)).body);
      expect([after.review!.due, after.review!.open, after.review!.reviewed.map((c) => c.id)]).toEqual([[], [], [due.id]]);
      // Reviewed once, it cannot be reviewed again in another session.
      const third = SessionDetail.parse((await f.request('managerA', 'POST', '/sessions', { kind: 'one_on_one', repId: f.ids.repA1, scheduledAt: '2026-07-16T10:00:00Z' })).body);
      expect(third.review!.due).toEqual([]);
      const elsewhere = await f.request('managerA', 'POST', `/commitments/${due.id}/review`, { status: 'not_done', sessionId: third.id });
      expect([elsewhere.status, (elsewhere.body.error as { code: string }).code]).toEqual([409, 'conflict']);
    });
  });
});
