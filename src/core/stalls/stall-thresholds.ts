// The thresholds each signal uses, per stage: built-in defaults, overridden by the org's
// default row, overridden by the stage's own row (docs/stalls.md "Thresholds").
export const DEFAULT_INACTIVE_DAYS = 14;
export const DEFAULT_CLOSE_PUSHES_MIN = 2;
/** A late-stage deal needs this many engaged stakeholders; one or none is single-threaded. */
export const DEFAULT_ENGAGED_MIN = 2;
/** By default the last this-many open stages are "late" for single-threading. */
export const DEFAULT_LATE_STAGES = 3;

/** One override row: null keeps the level below. `stageId` null is the org's default. */
export type ThresholdOverride = {
  stageId: number | null;
  daysInStageMax: number | null;
  engageDaysMax: number | null;
  inactiveDays: number | null;
  closePushesMin: number | null;
  engagedMin: number | null;
  lateStage: boolean | null;
};

export type StageThresholds = {
  /** A fixed limit replacing the p80 of days in stage; null = use the p80. */
  daysInStageMax: number | null;
  /** A fixed limit replacing the p80 of won cycles; null = use the p80. */
  engageDaysMax: number | null;
  inactiveDays: number;
  closePushesMin: number;
  engagedMin: number;
  lateStage: boolean;
};

export type ThresholdStage = { stageId: number; ord: number };

/** Thresholds for a stage id, or for a deal whose stage is unknown (null). */
export type ThresholdsFor = (stageId: number | null) => StageThresholds;

export function resolveThresholds(stages: readonly ThresholdStage[], overrides: readonly ThresholdOverride[]): ThresholdsFor {
  const orgRow = overrides.find((o) => o.stageId === null) ?? null;
  const byStage = new Map(overrides.filter((o) => o.stageId !== null).map((o) => [o.stageId!, o]));
  const lastOrd = Math.max(0, ...stages.map((s) => s.ord));
  const ordOf = new Map(stages.map((s) => [s.stageId, s.ord]));
  const resolve = (stageId: number | null): StageThresholds => {
    const own = stageId === null ? null : byStage.get(stageId) ?? null;
    const pick = <K extends keyof ThresholdOverride>(key: K) => own?.[key] ?? orgRow?.[key] ?? null;
    const ord = stageId === null ? undefined : ordOf.get(stageId);
    const lateByDefault = ord !== undefined && ord > lastOrd - DEFAULT_LATE_STAGES;
    return {
      daysInStageMax: pick('daysInStageMax') as number | null,
      engageDaysMax: pick('engageDaysMax') as number | null,
      inactiveDays: (pick('inactiveDays') as number | null) ?? DEFAULT_INACTIVE_DAYS,
      closePushesMin: (pick('closePushesMin') as number | null) ?? DEFAULT_CLOSE_PUSHES_MIN,
      engagedMin: (pick('engagedMin') as number | null) ?? DEFAULT_ENGAGED_MIN,
      // A deal whose stage is unknown is never judged as late.
      lateStage: ord === undefined ? false : (pick('lateStage') as boolean | null) ?? lateByDefault,
    };
  };
  const cache = new Map<number | null, StageThresholds>();
  return (stageId) => {
    let hit = cache.get(stageId);
    if (!hit) cache.set(stageId, (hit = resolve(stageId)));
    return hit;
  };
}
