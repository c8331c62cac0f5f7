import { describe, expect, it } from 'vitest';
import type { OpenDeal } from './open-deal.ts';
import { singleThreadedSignal } from './single-threaded-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

const deal = (patch: Partial<OpenDeal>): OpenDeal => ({
  id: 1, externalId: 'd1', name: 'Deal', ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 7, stageKey: 'negotiate', stageName: 'Negotiate', stageEnteredOn: '2026-06-01', startedOn: '2026-05-01',
  engagedOn: null, lastActivityOn: null, closePushes: 0, expectedCloseOn: null, engagedStakeholders: 1, ...patch,
});
const LATE: StageThresholds = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2, lateStage: true };

describe('singleThreadedSignal', () => {
  it.each([
    ['one engaged, late stage', deal({}), LATE, 'Only 1 engaged stakeholder in Negotiate, a late stage'],
    ['none engaged, late stage', deal({ engagedStakeholders: 0 }), LATE, 'No engaged stakeholder in Negotiate, a late stage'],
    ['two engaged', deal({ engagedStakeholders: 2 }), LATE, null],
    ['one engaged, early stage', deal({}), { ...LATE, lateStage: false }, null],
    ['the stage needs three', deal({ engagedStakeholders: 2 }), { ...LATE, engagedMin: 3 }, 'Only 2 engaged stakeholders in Negotiate, a late stage'],
  ] as const)('%s', (_name, d, thresholds, text) => {
    expect(singleThreadedSignal(d, thresholds)).toEqual(text === null ? null : { code: 'single_threaded', text });
  });
});
