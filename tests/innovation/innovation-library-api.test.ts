// The innovation library (docs/innovation.md) on both engines: full-text search with ranks and
// marked extracts, filters, suggestions for a deal in the documented order with reasons, and
// reuse counted once per deal; readable by everyone, reuse only on deals in one's scope.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CoCreationSession } from '../../src/contract/cocreation.ts';
import { Innovation, InnovationsResponse, InnovationUseResult, SuggestionsResponse } from '../../src/contract/innovation.ts';
import { insertInnovation, type NewInnovation } from '../../src/db/innovation/innovation-writes.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { openInnovationOrg, type InnovationOrg } from './innovation-api-setup.ts';

type Seed = [key: string, segment: string | null, obstacle: NewInnovation['obstacleCategory'], title: string, approach: string, days: number];
const SEEDS: Seed[] = [
  ['entPrice', 'Enterprise', 'price_budget', 'Split the licence across two budget years', 'Phased the licence so year one fitted the remaining budget.', 1],
  ['smbPrice', 'SMB', 'price_budget', 'Paid pilot credited against the full licence', 'A paid pilot whose fee counted towards the licence.', 2],
  ['entTiming', 'Enterprise', 'timing', 'Planning now, roll-out after the freeze', 'Signed the plan now and started the roll-out after the change freeze.', 3],
  ['smbSecurity', 'SMB', 'risk_compliance', 'Security review done in one joint call', 'Our security lead met theirs for one hour instead of a questionnaire; the budget owner joined.', 4],
  ['other', null, 'technical_fit', 'Connector built with their engineers', 'Their engineers built the connector with ours in a week.', 5],
];

describeEachEngine('innovation library API', (engine) => {
  let org: InnovationOrg;
  const inv = new Map<string, number>();
  const search = async (query: string) => {
    const response = await org.as.rosa.request('GET', `/innovations${query}`);
    expect(response.status).toBe(200);
    return InnovationsResponse.parse(await response.json());
  };

  beforeAll(async () => {
    org = await openInnovationOrg(engine);
    for (const [key, segment, obstacle, title, approach, days] of SEEDS) {
      inv.set(key, await insertInnovation(org.database.pool, 1, {
        title, segment, obstacleCategory: obstacle, approach, situation: 'A deal stalled for weeks.',
        lesson: 'Buyers here move when the first step is small.', result: 'won', sourceDealId: org.ids.get('h1')!, sourceSessionId: null,
        authorId: org.ids.get('m1')!, createdAt: `2026-06-0${days}T10:00:00Z`,
      }));
    }
  });
  afterAll(async () => org?.database.close());

  it('lists the newest first without a query, with segments for the filter', async () => {
    const all = await search('');
    expect(all.items.map((i) => i.id)).toEqual(['other', 'smbSecurity', 'entTiming', 'smbPrice', 'entPrice'].map((k) => inv.get(k)));
    expect([all.total, all.segments, all.items[0]!.rank, all.items[0]!.snippet]).toEqual([5, ['Enterprise', 'SMB'], null, null]);
    expect(all.items[0]!.sourceDeal).toMatchObject({ canOpen: false });
  });

  it('searches in full text: stems, phrases, exclusions, rank, and marks the matches', async () => {
    const budget = await search('?q=budgets');
    // Title weighs most (A), then situation and approach (B).
    expect(budget.items.map((i) => i.id)).toEqual([inv.get('entPrice'), inv.get('smbSecurity')]);
    expect(budget.items[0]!.rank!).toBeGreaterThan(budget.items[1]!.rank!);
    expect(budget.items[0]!.snippet!.filter((p) => p.match).map((p) => p.text)).toContain('budget');
    expect((await search('?q=%22security%20review%22')).items.map((i) => i.id)).toEqual([inv.get('smbSecurity')]);
    expect((await search('?q=budget%20-security')).items.map((i) => i.id)).toEqual([inv.get('entPrice')]);
    expect((await search('?q=pilot%20or%20connector')).total).toBe(2);
    expect((await search('?q=the')).total).toBe(0);
  });

  it('filters by segment (any case) and obstacle, with a query too', async () => {
    expect((await search('?segment=smb')).items.map((i) => i.id)).toEqual([inv.get('smbSecurity'), inv.get('smbPrice')]);
    expect((await search('?obstacle=price_budget&segment=Enterprise')).items.map((i) => i.id)).toEqual([inv.get('entPrice')]);
    expect((await search('?q=budget&segment=SMB')).items.map((i) => i.id)).toEqual([inv.get('smbSecurity')]);
    expect((await org.as.rosa.request('GET', '/innovations?obstacle=weather')).status).toBe(400);
    const page = await search('?pageSize=2&page=2');
    expect([page.items.length, page.total, page.page]).toEqual([2, 5, 2]);
  });

  it('suggests for a deal: same segment and obstacle, then obstacle, then segment, then words; says why', async () => {
    const o8 = org.ids.get('o8')!; // Enterprise, Rosa's (Mo's team)
    const before = SuggestionsResponse.parse(await (await org.as.mo.request('GET', `/deals/${o8}/suggested-innovations?limit=10`)).json());
    expect([before.segment, before.obstacleCategory]).toEqual(['Enterprise', null]);
    expect(before.items.map((i) => [i.id, i.match])).toEqual([[inv.get('entTiming'), 'segment'], [inv.get('entPrice'), 'segment']]);
    CoCreationSession.parse(await (await org.as.mo.request('POST', `/deals/${o8}/co-creation`, {
      obstacleCategory: 'price_budget', obstacle: 'The budget owner wants a security review before any spend',
    })).json());
    const after = SuggestionsResponse.parse(await (await org.as.mo.request('GET', `/deals/${o8}/suggested-innovations?limit=10`)).json());
    expect(after.items.map((i) => [i.id, i.match])).toEqual([
      [inv.get('entPrice'), 'segment_and_obstacle'], [inv.get('smbPrice'), 'obstacle'], [inv.get('entTiming'), 'segment'], [inv.get('smbSecurity'), 'text'],
    ]);
    expect(after.items[0]!.why).toBe('Same segment (Enterprise) and the same obstacle (price or budget); shares "budget".');
    expect(after.items[3]!.why).toBe('Shares "security", "review" and "budget" with this deal\'s obstacle.');
    expect((await org.as.rita.request('GET', `/deals/${o8}/suggested-innovations`)).status).toBe(404);
  });

  it('counts a reuse once per deal, from a deal or a session, only on deals in scope', async () => {
    const id = inv.get('entPrice')!;
    const o8 = org.ids.get('o8')!;
    expect((await org.as.rita.request('POST', `/innovations/${id}/uses`, { dealId: o8 })).status).toBe(404);
    expect((await org.as.rosa.request('POST', `/innovations/${id}/uses`, {})).status).toBe(400);
    expect((await org.as.rosa.request('POST', `/innovations/${id}/uses`, { dealId: org.ids.get('h1') })).status).toBe(404);
    const first = await org.as.rosa.request('POST', `/innovations/${id}/uses`, { dealId: o8 });
    expect(first.status).toBe(201);
    expect(InnovationUseResult.parse(await first.json())).toMatchObject({ useCount: 1, created: true, use: { by: { name: 'Rosa Rep' }, deal: { id: o8, canOpen: true } } });
    const { rows: [s] } = await org.database.pool.query<{ id: number }>('SELECT session_id AS id FROM co_creations WHERE opportunity_id = $1', [o8]);
    const again = await org.as.mo.request('POST', `/innovations/${id}/uses`, { sessionId: s!.id });
    expect(again.status).toBe(200);
    expect(InnovationUseResult.parse(await again.json())).toMatchObject({ useCount: 1, created: false });
    await org.as.maria.request('POST', `/innovations/${id}/uses`, { dealId: org.ids.get('o1') });
    const shown = Innovation.parse(await (await org.as.rita.request('GET', `/innovations/${id}`)).json());
    expect(shown.useCount).toBe(2);
    expect(shown.uses.map((u) => [u.deal?.name, u.deal?.canOpen])).toEqual([['Stuck in Propose', true], ['Enterprise in Qualify', false]]);
    expect((await search('?q=licence')).items.find((i) => i.id === id)!.useCount).toBe(2);
    expect((await org.as.rita.request('GET', '/innovations/99999')).status).toBe(404);
  });
});
