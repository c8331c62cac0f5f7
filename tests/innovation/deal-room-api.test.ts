// The deal room (docs/innovation.md) on the hand-built org of the stall tests, both engines:
// the deal as it stood on the as-of date, its stage stays and close-date pushes, stakeholders,
// activities, the same stall verdict as GET /stalls, and who may open it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DealRoom } from '../../src/contract/deal-room.ts';
import { StallsResponse } from '../../src/contract/stalls.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { AS_OF } from '../stalls/stall-fixture.ts';
import { openInnovationOrg, type InnovationOrg, type Who } from './innovation-api-setup.ts';

describeEachEngine('deal room API', (engine) => {
  let org: InnovationOrg;
  const room = async (who: Who, deal: string, asOf = AS_OF) => {
    const response = await org.as[who].request('GET', `/deals/${org.ids.get(deal)}?asOf=${asOf}`);
    const body: unknown = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    return DealRoom.parse(body);
  };

  beforeAll(async () => { org = await openInnovationOrg(engine); });
  afterAll(async () => org?.database.close());

  it('shows a deal with its stage stays, close-date pushes and the stall verdict of GET /stalls', async () => {
    const o4 = await room('maria', 'o4');
    expect(o4.deal).toMatchObject({
      name: 'Pushed twice', owner: { name: 'Raj Rep' }, manager: { name: 'Maria Manager' }, stage: { key: 'discover', kind: 'open' },
      outcome: 'open', amount: 4000, expectedCloseOn: '2026-07-31', closedOn: null,
    });
    expect(o4.stageHistory.map((s) => [s.stage.key, s.enteredOn, s.leftOn, s.days, s.current]))
      .toEqual([['qualify', '2026-03-01', '2026-06-21', 112, false], ['discover', '2026-06-21', null, 10, true]]);
    expect(o4.closeDateChanges.map((c) => c.direction)).toEqual(['set', 'pushed', 'pushed']);
    expect(o4.closeDatePushes).toBe(2);
    const stalls = StallsResponse.parse(await (await org.as.maria.request('GET', `/stalls?asOf=${AS_OF}`)).json());
    const listed = stalls.items.find((d) => d.externalId === 'o4')!;
    expect(o4.stall).toMatchObject({ open: true, stalled: true, signals: listed.signals, daysInStage: listed.daysInStage, snooze: null });
    expect(o4.stall.signals.map((s) => s.code)).toContain('close_date_pushed');
    expect([o4.canCoCreate, o4.canSnooze, o4.coCreations, o4.suggestedInnovations]).toEqual([true, true, [], []]);
  });

  it('uses nothing after the as-of date', async () => {
    const early = await room('maria', 'o4', '2026-06-10');
    expect(early.deal).toMatchObject({ stage: { key: 'qualify' }, expectedCloseOn: '2026-06-15' });
    expect(early.stageHistory.map((s) => [s.stage.key, s.days, s.current])).toEqual([['qualify', 101, true]]);
    expect(early.closeDatePushes).toBe(1);
    const beforeWin = await room('rita', 'o12');
    expect([beforeWin.deal.outcome, beforeWin.deal.closedOn, beforeWin.deal.stage.key, beforeWin.stall.open]).toEqual(['open', null, 'negotiate', true]);
    const afterWin = await room('rita', 'o12', '2026-07-15');
    expect([afterWin.deal.outcome, afterWin.deal.closedOn, afterWin.deal.stage.key, afterWin.stall]).toEqual(
      ['won', '2026-07-10', 'won', { open: false, stalled: false, signals: [], daysInStage: null, ageDays: null, snooze: null, notEvaluated: [] }]);
    expect(afterWin.canCoCreate).toBe(false);
    const o3 = await room('maria', 'o3');
    expect([o3.activityCount, o3.activities.map((a) => a.occurredAt.slice(0, 10))]).toEqual([1, ['2026-06-01']]);
    const o6 = await room('mo', 'o6');
    expect(o6.stakeholders.map((s) => [s.name, s.engaged])).toEqual([['Only contact', true], ['Engaged later', false], ['Listed only', false]]);
  });

  it('opens only deals in scope, and lets only those above the owner co-create', async () => {
    for (const [who, deal, status] of [['rita', 'o3', 404], ['mo', 'o1', 404], ['rosa', 'o1', 404], ['maria', 'o8', 404]] as const) {
      expect((await org.as[who].request('GET', `/deals/${org.ids.get(deal)}`)).status).toBe(status);
    }
    expect((await org.as.rita.request('GET', '/deals/99999')).status).toBe(404);
    expect((await org.as.rita.request('GET', `/deals/${org.ids.get('o1')}?asOf=2026-02-30`)).status).toBe(400);
    expect((await room('rita', 'o1')).canCoCreate).toBe(false);
    // Without asOf: today, since the data is less than a year old (twice: the second from the cache).
    for (let i = 0; i < 2; i += 1) {
      expect(DealRoom.parse(await (await org.as.rita.request('GET', `/deals/${org.ids.get('o1')}`)).json()).asOf).toBe(new Date().toISOString().slice(0, 10));
    }
    expect((await room('lee', 'o1')).canCoCreate).toBe(true);
    expect((await room('admin', 'o8')).canCoCreate).toBe(true);
    // An admin without a person opens it in the name of the owner's manager.
    const opened = await org.as.admin.request('POST', `/deals/${org.ids.get('o8')}/co-creation`, { obstacleCategory: 'timing' });
    expect(opened.status).toBe(201);
    const withSession = await room('rosa', 'o8');
    expect(withSession.coCreations).toMatchObject([{ manager: { name: 'Mo Manager' }, obstacleCategory: 'timing', ideas: 0 }]);
    expect(withSession.obstacleCategory).toBe('timing');
  });
});
