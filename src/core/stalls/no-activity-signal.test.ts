import { describe, expect, it } from 'vitest';
import { noActivitySignal } from './no-activity-signal.ts';
import type { OpenDeal } from './open-deal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

const deal = (patch: Partial<OpenDeal>): OpenDeal => ({
  id: 1, externalId: 'd1', name: 'Deal', ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 7, stageKey: 'proposal', stageName: 'Proposal', stageEnteredOn: '2026-06-01', startedOn: '2026-05-01',
  engagedOn: null, lastActivityOn: '2026-06-08', closePushes: 0, expectedCloseOn: null, engagedStakeholders: 0, ...patch,
});
const T: StageThresholds = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2, lateStage: false };
const AS_OF = '2026-07-01'; // 06-08 → 23 days; 06-17 → 14; 06-18 → 13; 05-01 → 61; 06-20 → 11

describe('noActivitySignal', () => {
  it.each([
    ['23 days since the last activity', deal({}), T, 'No activity on this deal for 23 days (last on 2026-06-08); the limit is 14 days'],
    ['exactly 14 days: no activity in the last 14 days', deal({ lastActivityOn: '2026-06-17' }), T,
      'No activity on this deal for 14 days (last on 2026-06-17); the limit is 14 days'],
    ['13 days: still inside', deal({ lastActivityOn: '2026-06-18' }), T, null],
    ['activity on the as-of date', deal({ lastActivityOn: AS_OF }), T, null],
    ['a stage allowing 30 days', deal({}), { ...T, inactiveDays: 30 }, null],
    ['never any activity, started 61 days ago', deal({ lastActivityOn: null }), T,
      'No activity logged on this deal in the 61 days since it started (2026-05-01); the limit is 14 days'],
    ['never any activity, started 11 days ago', deal({ lastActivityOn: null, startedOn: '2026-06-20' }), T, null],
    ['never any activity, start unknown', deal({ lastActivityOn: null, startedOn: null }), T, 'No activity has ever been logged on this deal'],
  ] as const)('%s', (_name, d, thresholds, text) => {
    expect(noActivitySignal(d, AS_OF, thresholds)).toEqual(text === null ? null : { code: 'no_activity', text });
  });
});
