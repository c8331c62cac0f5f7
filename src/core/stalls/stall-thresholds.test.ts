import { describe, expect, it } from 'vitest';
import { resolveThresholds, type ThresholdOverride } from './stall-thresholds.ts';

// Five open stages, ids 11..15: by default the last three (13, 14, 15) are late.
const STAGES = [11, 12, 13, 14, 15].map((stageId, i) => ({ stageId, ord: i + 1 }));
const row = (stageId: number | null, patch: Partial<ThresholdOverride>): ThresholdOverride => ({
  stageId, daysInStageMax: null, engageDaysMax: null, inactiveDays: null, closePushesMin: null, engagedMin: null, lateStage: null, ...patch,
});

describe('resolveThresholds', () => {
  const builtIn = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2 };
  it.each([
    // [stage, overrides, expected]
    [11, [], { ...builtIn, lateStage: false }],
    [12, [], { ...builtIn, lateStage: false }],
    [13, [], { ...builtIn, lateStage: true }],
    [15, [], { ...builtIn, lateStage: true }],
    [null, [], { ...builtIn, lateStage: false }],
    // the org row changes every stage; a stage row wins over it, column by column
    [12, [row(null, { inactiveDays: 21, closePushesMin: 3 })], { ...builtIn, inactiveDays: 21, closePushesMin: 3, lateStage: false }],
    [12, [row(null, { inactiveDays: 21 }), row(12, { inactiveDays: 7, daysInStageMax: 30 })],
      { ...builtIn, inactiveDays: 7, daysInStageMax: 30, lateStage: false }],
    [14, [row(null, { inactiveDays: 21 }), row(12, { inactiveDays: 7 })], { ...builtIn, inactiveDays: 21, lateStage: true }],
    // late can be switched on for an early stage and off for a late one
    [12, [row(12, { lateStage: true, engagedMin: 3 })], { ...builtIn, engagedMin: 3, lateStage: true }],
    [15, [row(15, { lateStage: false })], { ...builtIn, lateStage: false }],
    // a deal of unknown stage gets the org's values but is never late
    [null, [row(null, { inactiveDays: 30, lateStage: true })], { ...builtIn, inactiveDays: 30, lateStage: false }],
  ] as const)('stage %s with %j', (stageId, overrides, expected) => {
    expect(resolveThresholds(STAGES, overrides as readonly ThresholdOverride[])(stageId)).toEqual(expected);
  });

  it('a process of two open stages: both are late', () => {
    const two = resolveThresholds([{ stageId: 1, ord: 1 }, { stageId: 2, ord: 2 }], []);
    expect([two(1).lateStage, two(2).lateStage]).toEqual([true, true]);
  });
});
