import { describe, expect, it } from 'vitest';
import { closeDatePastSignal, closeDatePushedSignal } from './close-date-signals.ts';
import type { OpenDeal } from './open-deal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

const deal = (patch: Partial<OpenDeal>): OpenDeal => ({
  id: 1, externalId: 'd1', name: 'Deal', ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 7, stageKey: 'proposal', stageName: 'Proposal', stageEnteredOn: '2026-06-01', startedOn: '2026-05-01',
  engagedOn: null, lastActivityOn: null, closePushes: 0, expectedCloseOn: '2026-07-15', engagedStakeholders: 0, ...patch,
});
const T: StageThresholds = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2, lateStage: false };

describe('closeDatePushedSignal', () => {
  it.each([
    ['never pushed', deal({}), T, null],
    ['pushed once', deal({ closePushes: 1 }), T, null],
    ['pushed twice', deal({ closePushes: 2 }), T, 'Close date pushed twice; it is now 2026-07-15'],
    ['pushed 3 times, no current date', deal({ closePushes: 3, expectedCloseOn: null }), T, 'Close date pushed 3 times'],
    ['a stage that tolerates 3 pushes', deal({ closePushes: 2 }), { ...T, closePushesMin: 3 }, null],
    ['a stage that flags the first push', deal({ closePushes: 1 }), { ...T, closePushesMin: 1 }, 'Close date pushed once; it is now 2026-07-15'],
  ] as const)('%s', (_name, d, thresholds, text) => {
    expect(closeDatePushedSignal(d, thresholds)).toEqual(text === null ? null : { code: 'close_date_pushed', text });
  });
});

describe('closeDatePastSignal', () => {
  const AS_OF = '2026-07-01';
  it.each([
    ['in the future', '2026-07-15', null],
    ['on the as-of date: not passed yet', '2026-07-01', null],
    ['the day before', '2026-06-30', 'Expected close date 2026-06-30 passed 1 day ago and the deal is still open'],
    ['a month before', '2026-05-31', 'Expected close date 2026-05-31 passed 31 days ago and the deal is still open'],
    ['none', null, null],
  ] as const)('%s', (_name, expectedCloseOn, text) => {
    expect(closeDatePastSignal(deal({ expectedCloseOn }), AS_OF)).toEqual(text === null ? null : { code: 'close_date_past', text });
  });
});
