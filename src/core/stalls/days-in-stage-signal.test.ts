import { describe, expect, it } from 'vitest';
import { daysInStageSignal } from './days-in-stage-signal.ts';
import { benchmarkLookup } from './duration-benchmarks.ts';
import type { OpenDeal } from './open-deal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

const deal = (patch: Partial<OpenDeal>): OpenDeal => ({
  id: 1, externalId: 'd1', name: 'Deal', ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 7, stageKey: 'proposal', stageName: 'Proposal', stageEnteredOn: '2026-05-21', startedOn: '2026-01-01',
  engagedOn: null, lastActivityOn: null, closePushes: 0, expectedCloseOn: null, engagedStakeholders: 0, ...patch,
});
const T: StageThresholds = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2, lateStage: false };
const P80 = benchmarkLookup([
  { key: 7, segment: null, deals: 212, p80Days: 18 },
  { key: 7, segment: 'Enterprise', deals: 40, p80Days: 45 },
]);
const AS_OF = '2026-07-01'; // 2026-05-21 → 41 days; 2026-06-13 → 18 days; 2026-06-12 → 19 days

describe('daysInStageSignal', () => {
  it.each([
    ['41 days, p80 18: fires', deal({}), T,
      '41 days in Proposal; deals that left Proposal took up to 18 days (p80 of 212 deals)'],
    ['exactly the p80: does not fire', deal({ stageEnteredOn: '2026-06-13' }), T, null],
    ['one day over the p80: fires', deal({ stageEnteredOn: '2026-06-12' }), T,
      '19 days in Proposal; deals that left Proposal took up to 18 days (p80 of 212 deals)'],
    ['its segment has its own p80 (45): 41 days is fine', deal({ segment: 'Enterprise' }), T, null],
    ['its segment, over', deal({ segment: 'Enterprise', stageEnteredOn: '2026-05-01' }), T,
      '61 days in Proposal; deals that left Proposal took up to 45 days (p80 of 40 deals in Enterprise)'],
    ['a fixed limit replaces the p80', deal({ stageEnteredOn: '2026-06-12' }), { ...T, daysInStageMax: 20 }, null],
    ['over the fixed limit', deal({}), { ...T, daysInStageMax: 30 }, '41 days in Proposal; the limit set for Proposal is 30 days'],
    ['a stage nobody left yet: nothing to compare with', deal({ stageId: 8 }), T, null],
    ['no stage history: not judged here', deal({ stageEnteredOn: null }), T, null],
    ['entered on the as-of date: 0 days', deal({ stageEnteredOn: AS_OF }), T, null],
  ] as const)('%s', (_name, d, thresholds, text) => {
    const signal = daysInStageSignal(d, AS_OF, thresholds, P80);
    expect(signal).toEqual(text === null ? null : { code: 'days_in_stage', text });
  });
});
