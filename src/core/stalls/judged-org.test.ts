import { describe, expect, it } from 'vitest';
import { countEngageOnly, detectStalls, sortByAmountThenName, stallJudge, type Snooze, type StallInputs } from './detect-stalls.ts';
import { judgeOrgStepwise, orgDealsStepwise, scopeCounts, scopeReport } from './judged-org.ts';
import type { OpenDeal } from './open-deal.ts';
import { runToEnd } from './sort-stepwise.ts';
import { resolveThresholds } from './stall-thresholds.ts';

const AS_OF = '2026-07-01';
// 60 deals over 4 owners: amounts repeat (ties broken by name), some unknown; some without
// stage history (judged by engage date), some healthy.
const deals: OpenDeal[] = Array.from({ length: 60 }, (_, i) => ({
  id: i + 1, externalId: `d${i + 1}`, name: `Deal ${String.fromCharCode(65 + (i % 7))}`, ownerId: (i % 4) + 1, ownerName: `Rep ${(i % 4) + 1}`,
  amount: i % 9 === 0 ? null : (i % 5) * 1000, currency: null, segment: null,
  stageId: 1, stageKey: 'qualify', stageName: 'Qualify',
  stageEnteredOn: i % 6 === 0 ? null : `2026-06-${String(1 + (i % 28)).padStart(2, '0')}`, startedOn: '2026-05-01',
  engagedOn: i % 6 === 0 && i % 4 !== 3 ? '2026-03-01' : null, lastActivityOn: null, closePushes: 0,
  expectedCloseOn: i % 10 === 0 ? '2026-06-15' : '2026-09-01', engagedStakeholders: 0,
}));
const snooze = (until: string): Snooze => ({ until, reason: 'waiting', createdBy: 'Mia', createdAt: '2026-06-20T10:00:00Z' });
// Running snoozes on a signalled deal and on a healthy one, an ended one, one of a deal not open.
const SNOOZES = new Map<number, Snooze>([[2, snooze('2026-07-10')], [8, snooze('2026-07-01')], [14, snooze('2026-06-30')], [999, snooze('2026-08-01')]]);
const base: Omit<StallInputs, 'deals' | 'snoozes'> = {
  asOf: AS_OF,
  data: { hasStageHistory: true, hasDealActivities: false, hasCloseDateHistory: false, hasExpectedCloseDates: true, hasStakeholders: false, wonCyclesWithEngageDate: 10 },
  stageDays: [{ key: 1, segment: null, deals: 50, p80Days: 12 }],
  wonCycles: [{ key: 0, segment: null, deals: 10, p80Days: 60 }],
  thresholdsFor: resolveThresholds([{ stageId: 1, ord: 1 }], []),
};

describe('scopeReport from the org judged once without snoozes', () => {
  const unsnoozed = stallJudge({ ...base, snoozes: new Map() }, countEngageOnly(deals));
  // Small steps, so that the sort's merges and every pause are exercised.
  const org = runToEnd(orgDealsStepwise(deals, 4));
  const judged = runToEnd(judgeOrgStepwise(org, unsnoozed.judge, 3));

  it('holds the org sorted once, with its counts', () => {
    expect(org.inOrder.map((d) => d.id)).toEqual(sortByAmountThenName(deals.map((deal) => ({ deal }) as never)).map((v) => v.deal.id));
    expect(org.engageOnly).toBe(countEngageOnly(deals));
    expect(judged.signalled.map((v) => v.deal.id)).toEqual(sortByAmountThenName(judged.signalled).map((v) => v.deal.id));
  });

  it.each([
    ['the whole org', null],
    ['two owners', [1, 2]],
    ['one owner with no engage-only deal', [4]],
    ['nobody', []],
  ])('equals judging %s from scratch', (_label, ownerIds) => {
    const owners = ownerIds === null ? null : new Set(ownerIds);
    const inScope = deals.filter((d) => owners === null || owners.has(d.ownerId));
    const expected = detectStalls({ ...base, deals: inScope, snoozes: SNOOZES });
    const judge = stallJudge({ ...base, snoozes: SNOOZES }, scopeCounts(judged, owners).engageOnly);
    const report = scopeReport(judged, owners, SNOOZES.keys(), judge);
    expect(report).toEqual(expected);
    expect(report.openDeals).toBe(inScope.length);
  });

  it('has something to compare: stalled, snoozed and not evaluated deals', () => {
    const report = scopeReport(judged, null, SNOOZES.keys(), stallJudge({ ...base, snoozes: SNOOZES }, countEngageOnly(deals)));
    expect(report.stalled.length).toBeGreaterThan(10);
    expect(report.snoozed.map((v) => v.deal.id).sort()).toEqual([2, 8]);
    expect(report.stalled.find((v) => v.deal.id === 14)?.snooze?.active).toBe(false);
    const team = scopeReport(judged, new Set([4]), SNOOZES.keys(), stallJudge({ ...base, snoozes: SNOOZES }, 0));
    expect(team.notEvaluated.map((n) => n.code)).toContain('age_since_engage');
  });
});
