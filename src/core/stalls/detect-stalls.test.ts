import { describe, expect, it } from 'vitest';
import { detectStalls, type Snooze, type StallInputs } from './detect-stalls.ts';
import type { OpenDeal } from './open-deal.ts';
import type { OrgStallData } from './signal-availability.ts';
import { resolveThresholds } from './stall-thresholds.ts';

// Three open stages (ids 1, 2, 3): all three are late by default.
const STAGES = [{ stageId: 1, ord: 1 }, { stageId: 2, ord: 2 }, { stageId: 3, ord: 3 }];
const deal = (id: number, patch: Partial<OpenDeal>): OpenDeal => ({
  id, externalId: `d${id}`, name: `Deal ${id}`, ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 1, stageKey: 'qualify', stageName: 'Qualify', stageEnteredOn: '2026-06-25', startedOn: '2026-06-20',
  engagedOn: null, lastActivityOn: '2026-06-30', closePushes: 0, expectedCloseOn: '2026-08-01', engagedStakeholders: 3, ...patch,
});
const ALL: OrgStallData = {
  hasStageHistory: true, hasDealActivities: true, hasCloseDateHistory: true, hasExpectedCloseDates: true,
  hasStakeholders: true, wonCyclesWithEngageDate: 10,
};
const AS_OF = '2026-07-01';
const input = (deals: OpenDeal[], patch: Partial<StallInputs> = {}): StallInputs => ({
  asOf: AS_OF, deals, data: ALL,
  stageDays: [{ key: 1, segment: null, deals: 50, p80Days: 10 }],
  wonCycles: [{ key: 0, segment: null, deals: 10, p80Days: 60 }],
  thresholdsFor: resolveThresholds(STAGES, []),
  snoozes: new Map(), ...patch,
});
const codes = (report: ReturnType<typeof detectStalls>) => report.stalled.map((v) => [v.deal.externalId, v.signals.map((s) => s.code)]);

describe('detectStalls', () => {
  it('lists every signal that fired, in order, and leaves healthy deals out', () => {
    const report = detectStalls(input([
      deal(1, {}), // healthy: 6 days in Qualify, active yesterday, 3 engaged
      deal(2, { stageEnteredOn: '2026-06-01', lastActivityOn: '2026-06-01', closePushes: 2, expectedCloseOn: '2026-06-30', engagedStakeholders: 1 }),
      deal(3, { stageEnteredOn: null, engagedOn: '2026-03-01', stageId: 2, stageName: 'Propose' }), // 122 days since engage > 60
    ]));
    expect(codes(report)).toEqual([
      ['d2', ['days_in_stage', 'no_activity', 'close_date_pushed', 'close_date_past', 'single_threaded']],
      ['d3', ['age_since_engage']],
    ]);
    expect(report.openDeals).toBe(3);
    expect(report.notEvaluated).toEqual([]);
    expect(report.stalled[0]!.daysInStage).toBe(30);
    expect(report.stalled[1]!.daysInStage).toBeNull();
    expect(report.stalled[1]!.ageDays).toBe(122);
  });

  it('does not evaluate a signal the org has no data for, instead of flagging every deal', () => {
    const data = { ...ALL, hasDealActivities: false, hasStakeholders: false };
    const report = detectStalls(input([deal(1, { lastActivityOn: null, engagedStakeholders: 0 })], { data }));
    expect(report.stalled).toEqual([]);
    expect(report.notEvaluated.map((n) => n.code)).toEqual(['age_since_engage', 'no_activity', 'single_threaded']);
  });

  it('sorts by amount (largest first, unknown last), then name', () => {
    const late = { lastActivityOn: '2026-01-01' };
    const report = detectStalls(input([
      deal(1, { ...late, amount: 500, name: 'Beta' }),
      deal(2, { ...late, amount: null, name: 'Alpha' }),
      deal(3, { ...late, amount: 900, name: 'Zulu' }),
      deal(4, { ...late, amount: 500, name: 'Alpha' }),
    ]));
    expect(report.stalled.map((v) => v.deal.externalId)).toEqual(['d3', 'd4', 'd1', 'd2']);
  });

  it('keeps a snoozed deal out of the stalled list until its date, and reports it apart', () => {
    const snooze = (until: string): Snooze => ({ until, reason: 'Budget frozen until Q3', createdBy: 'Maria', createdAt: '2026-06-15T10:00:00Z' });
    const stuck = { lastActivityOn: '2026-01-01' };
    const report = detectStalls(input([deal(1, stuck), deal(2, stuck), deal(3, stuck), deal(4, {})], {
      snoozes: new Map([[1, snooze('2026-07-01')], [2, snooze('2026-06-30')], [4, snooze('2026-09-01')]]),
    }));
    // d1: until the as-of date itself: still snoozed. d2: ran out yesterday: stalled again, with its old snooze shown.
    expect(report.stalled.map((v) => [v.deal.externalId, v.snooze?.active ?? null])).toEqual([['d2', false], ['d3', null]]);
    // d4 has no signal but its snooze is running: reported as snoozed all the same.
    expect(report.snoozed.map((v) => [v.deal.externalId, v.signals.length, v.snooze?.reason])).toEqual([
      ['d1', 1, 'Budget frozen until Q3'], ['d4', 0, 'Budget frozen until Q3'],
    ]);
  });

  it('an org whose every deal has stage history does not judge engage age', () => {
    const report = detectStalls(input([deal(1, { engagedOn: '2025-01-01' })]));
    expect(report.stalled).toEqual([]);
    expect(report.notEvaluated.map((n) => n.code)).toEqual(['age_since_engage']);
  });
});
