// A whole co-creation session through the API (docs/innovation.md), on both engines: open →
// obstacle and stakeholders → ideas (with the discount warning) → choose → commitments the rep
// sees → outcome → capture → found in the library; and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../src/contract/api.ts';
import { CommitmentPage } from '../../src/contract/coaching.ts';
import { CoCreationList, CoCreationSession, PromptsResponse } from '../../src/contract/cocreation.ts';
import { Innovation, InnovationsResponse } from '../../src/contract/innovation.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { addDaysTo, openInnovationOrg, todayIso, type InnovationOrg } from './innovation-api-setup.ts';

describeEachEngine('co-creation API', (engine) => {
  let org: InnovationOrg;
  let sessionId: number;
  let o9: number;
  const session = async (response: Response, status = 200) => {
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    return CoCreationSession.parse(body);
  };

  beforeAll(async () => {
    org = await openInnovationOrg(engine);
    o9 = org.ids.get('o9')!;
  });
  afterAll(async () => org?.database.close());

  describe('a whole session', () => {
    it('is opened on an open deal by the owner\'s manager, not by the rep nor another team', async () => {
      expect((await org.as.rita.request('POST', `/deals/${o9}/co-creation`, {})).status).toBe(403);
      expect((await org.as.mo.request('POST', `/deals/${o9}/co-creation`, {})).status).toBe(404);
      expect((await org.as.maria.request('POST', `/deals/${org.ids.get('h1')}/co-creation`, {})).status).toBe(422);
      const opened = await session(await org.as.maria.request('POST', `/deals/${o9}/co-creation`, {
        obstacleCategory: 'price_budget', obstacle: 'Their finance team froze new spend until the next budget round',
      }), 201);
      sessionId = opened.id;
      expect(opened).toMatchObject({
        status: 'planned', step: 'investigate', manager: { name: 'Maria Manager' }, rep: { name: 'Rita Rep' },
        deal: { id: o9, name: 'SMB in Qualify', segment: 'SMB' }, obstacleCategory: 'price_budget', canEdit: true, canCapture: false,
        openingThinking: { ideas: 0, lensesUsed: 0, level: 'not_started', warnings: [] },
      });
      expect(opened.prompts.map((p) => p.lens)).toHaveLength(9);
      expect(opened.prompts[0]!.prompts.at(-1)).toContain('budget line');
    });

    it('maps the stakeholders, writing through to the deal', async () => {
      const added = await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/stakeholders`, {
        name: 'Greta Finance', role: 'CFO', influence: 'high', stance: 'skeptic', engaged: false,
      }), 201);
      const greta = added.stakeholders.find((s) => s.name === 'Greta Finance')!;
      expect(greta).toMatchObject({ role: 'CFO', stance: 'skeptic', engaged: false, engagedOn: null });
      const edited = await session(await org.as.maria.request('PATCH', `/co-creation/${sessionId}/stakeholders/${greta.id}`, { engaged: true, stance: 'neutral' }));
      expect(edited.stakeholders.find((s) => s.id === greta.id)).toMatchObject({ stance: 'neutral', engaged: true, engagedOn: todayIso() });
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/stakeholders`, { name: 'Greta Finance' })).status).toBe(409);
      const { rows } = await org.database.pool.query('SELECT stance, engaged_at::text AS e FROM stakeholders WHERE id = $1', [greta.id]);
      expect(rows).toEqual([{ stance: 'neutral', e: todayIso() }]);
    });

    it('collects ideas per lens, warns while every idea is a discount, and measures opening thinking', async () => {
      await session(await org.as.maria.request('PATCH', `/co-creation/${sessionId}`, { step: 'create' }));
      const one = await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/ideas`, { lens: 'modify', text: 'Offer 15% off if they sign this month' }), 201);
      expect(one.ideas[0]!.discount).toMatchObject({ isDiscount: true, matched: '15% off' });
      expect(one.openingThinking).toMatchObject({ ideas: 1, discountIdeas: 1, allDiscount: true });
      expect(one.openingThinking.warnings.map((w) => w.code)).toEqual(['all_discount', 'few_lenses']);
      await org.as.maria.request('POST', `/co-creation/${sessionId}/ideas`, { lens: 'combine', text: 'Fund it from the savings programme the COO runs' });
      const three = await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/ideas`, {
        lens: 'rearrange', text: 'Start with one team this quarter and expand when the new budget opens', chosen: true,
      }), 201);
      expect(three.openingThinking).toMatchObject({ ideas: 3, chosen: 1, lensesUsed: 3, discountIdeas: 1, allDiscount: false, level: 'opening', warnings: [] });
      const discount = three.ideas[0]!;
      const removed = await session(await org.as.maria.request('DELETE', `/co-creation/${sessionId}/ideas/${discount.id}`));
      expect(removed.ideas.map((i) => i.lens)).toEqual(['combine', 'rearrange']);
    });

    it('rejects bad input naming the field', async () => {
      const bad = await org.as.maria.request('POST', `/co-creation/${sessionId}/ideas`, { lens: 'sideways', text: 'x' });
      expect(bad.status).toBe(400);
      expect(ErrorBody.parse(await bad.json()).error.message).toMatch(/^lens: /);
      const empty = await org.as.maria.request('POST', `/co-creation/${sessionId}/ideas`, { lens: 'adapt', text: '  ' });
      expect(ErrorBody.parse(await empty.json()).error.message).toMatch(/^text: write the idea/);
      const category = await org.as.maria.request('PATCH', `/co-creation/${sessionId}`, { obstacleCategory: 'money' });
      expect([category.status, ErrorBody.parse(await category.json()).error.message]).toEqual([400, expect.stringMatching(/^obstacleCategory: /)]);
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/outcome`, { result: 'lost' })).status).toBe(400);
    });

    it('turns a chosen idea into a dated commitment the rep sees with their others', async () => {
      const current = await session(await org.as.maria.request('GET', `/co-creation/${sessionId}`));
      const [fund, pilot] = current.ideas;
      const due = addDaysTo(todayIso(), 14);
      const notChosen = await org.as.maria.request('POST', `/co-creation/${sessionId}/commitments`, { text: 'Call the COO', dueOn: due, ideaId: fund!.id });
      expect(notChosen.status).toBe(422);
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/commitments`, { text: 'Too late', dueOn: addDaysTo(todayIso(), -1) })).status).toBe(422);
      const committed = await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/commitments`, {
        text: 'Propose a one-team start to Greta with the expansion priced for next year', dueOn: due, ideaId: pilot!.id,
      }), 201);
      expect(committed.commitments).toMatchObject([{ rep: { name: 'Rita Rep' }, dueOn: due, status: 'open' }]);
      expect(committed.ideas.find((i) => i.id === pilot!.id)!.commitmentIds).toEqual([committed.commitments[0]!.id]);
      const ritas = CommitmentPage.parse(await (await org.as.rita.request('GET', '/commitments?status=open')).json());
      expect(ritas.items.map((c) => c.sessionId)).toContain(sessionId);
      const shared = await session(await org.as.maria.request('PATCH', `/co-creation/${sessionId}`, {
        step: 'share', decision: 'Start with the support team; expand in the new budget year', status: 'held',
      }));
      expect(shared).toMatchObject({ status: 'held', step: 'share', decision: expect.stringContaining('support team') });
      expect(shared.heldAt).not.toBeNull();
    });

    it('lets the rep read but not change it; another team does not see it', async () => {
      const read = await session(await org.as.rita.request('GET', `/co-creation/${sessionId}`));
      expect([read.canEdit, read.canCapture]).toEqual([false, false]);
      expect((await org.as.rita.request('PATCH', `/co-creation/${sessionId}`, { decision: 'mine' })).status).toBe(403);
      expect((await org.as.rita.request('POST', `/co-creation/${sessionId}/ideas`, { lens: 'adapt', text: 'x' })).status).toBe(403);
      expect((await org.as.mo.request('GET', `/co-creation/${sessionId}`)).status).toBe(404);
      expect((await org.as.rosa.request('GET', `/co-creation/${sessionId}`)).status).toBe(404);
      expect((await org.as.lee.request('GET', `/co-creation/${sessionId}`)).status).toBe(200);
      const listed = CoCreationList.parse(await (await org.as.rita.request('GET', `/co-creation?dealId=${o9}`)).json());
      expect(listed.items.map((s) => [s.id, s.ideas, s.chosen])).toEqual([[sessionId, 2, 1]]);
      expect(listed.items[0]).toMatchObject({ deal: { id: o9, name: 'SMB in Qualify' }, rep: { name: 'Rita Rep' }, manager: { name: 'Maria Manager' } });
      expect(CoCreationList.parse(await (await org.as.mo.request('GET', '/co-creation')).json()).items).toEqual([]);
    });

    it('captures a success only, once, and the library finds it', async () => {
      const capture = {
        title: 'Land one team now, expand in the new budget year',
        situation: 'A small business froze new spend until its next budget round.',
        approach: 'We proposed starting with the support team inside the current budget, with the expansion priced for next year.',
        lesson: 'SMB buyers commit when the first step fits the budget they already have; a discount would not have unfrozen it.',
      };
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/innovation`, capture)).status).toBe(422);
      await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/outcome`, { result: 'no_change', note: 'Waiting' }));
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/innovation`, capture)).status).toBe(422);
      const won = await session(await org.as.maria.request('POST', `/co-creation/${sessionId}/outcome`, { result: 'won', note: 'Signed for the support team' }));
      expect([won.outcome?.result, won.outcome?.recordedBy?.name, won.canCapture]).toEqual(['won', 'Maria Manager', true]);
      expect((await org.as.rita.request('POST', `/co-creation/${sessionId}/innovation`, capture)).status).toBe(403);
      const response = await org.as.maria.request('POST', `/co-creation/${sessionId}/innovation`, { ...capture, title: ' x ' });
      expect([response.status, ErrorBody.parse(await response.json()).error.message]).toEqual([400, expect.stringMatching(/^title: /)]);
      const created = await org.as.maria.request('POST', `/co-creation/${sessionId}/innovation`, capture);
      expect(created.status).toBe(201);
      const innovation = Innovation.parse(await created.json());
      expect(innovation).toMatchObject({
        segment: 'SMB', obstacleCategory: 'price_budget', result: 'won', author: { name: 'Maria Manager' },
        sourceDeal: { id: o9, canOpen: true }, sourceSessionId: sessionId, useCount: 0, uses: [],
      });
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/innovation`, capture)).status).toBe(409);
      expect((await org.as.maria.request('POST', `/co-creation/${sessionId}/outcome`, { result: 'no_change' })).status).toBe(409);

      const found = InnovationsResponse.parse(await (await org.as.rosa.request('GET', '/innovations?q=budgets%20%22support%20team%22')).json());
      expect(found.items.map((i) => i.id)).toEqual([innovation.id]);
      expect(found.items[0]!.sourceDeal).toEqual({ id: o9, name: 'SMB in Qualify', canOpen: false });
      expect(found.items[0]!.snippet!.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['budget']));
      const after = await session(await org.as.maria.request('GET', `/co-creation/${sessionId}`));
      expect([after.innovation?.id, after.canCapture]).toEqual([innovation.id, false]);
    });
  });

  it('refuses changes to a cancelled session, and stakeholders of another deal', async () => {
    const opened = await session(await org.as.maria.request('POST', `/deals/${org.ids.get('o1')}/co-creation`, {}), 201);
    const { rows: [other] } = await org.database.pool.query<{ id: number }>(
      'SELECT id FROM stakeholders WHERE opportunity_id = $1 LIMIT 1', [org.ids.get('o3')]);
    expect((await org.as.maria.request('PATCH', `/co-creation/${opened.id}/stakeholders/${other!.id}`, { stance: 'blocker' })).status).toBe(404);
    expect((await org.as.maria.request('PATCH', `/co-creation/${opened.id}/ideas/99999`, { chosen: true })).status).toBe(404);
    const cancelled = await session(await org.as.maria.request('PATCH', `/co-creation/${opened.id}`, { status: 'cancelled' }));
    expect([cancelled.status, cancelled.canEdit]).toEqual(['cancelled', false]);
    const refused = await org.as.maria.request('POST', `/co-creation/${opened.id}/ideas`, { lens: 'adapt', text: 'Too late' });
    expect([refused.status, ErrorBody.parse(await refused.json()).error.code]).toEqual([409, 'conflict']);
    // A leader above the owner may edit too.
    expect((await org.as.lee.request('PATCH', `/co-creation/${sessionId}`, { decision: 'Agreed with the leader' })).status).toBe(200);
  });

  it('serves the lenses with prompts for an obstacle', async () => {
    const prompts = PromptsResponse.parse(await (await org.as.rita.request('GET', '/co-creation/prompts?obstacle=timing')).json());
    expect(prompts.lenses.map((l) => l.name)).toEqual(['Substitute', 'Combine', 'Adapt', 'Magnify', 'Modify', 'Put to other uses', 'Eliminate', 'Rearrange', 'Reverse']);
    expect((await org.as.rita.request('GET', '/co-creation/prompts?obstacle=weather')).status).toBe(400);
  });
});
