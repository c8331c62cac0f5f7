// Single-threaded in a late stage: fewer engaged stakeholders than the stage needs
// (default: one or none engaged; "late" = the last 3 open stages) (SPEC §4.6).
import type { OpenDeal } from './open-deal.ts';
import type { StallSignal } from './stall-signal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

export function singleThreadedSignal(deal: OpenDeal, thresholds: StageThresholds): StallSignal | null {
  if (!thresholds.lateStage || deal.engagedStakeholders >= thresholds.engagedMin) return null;
  const n = deal.engagedStakeholders;
  const who = n === 0 ? 'No engaged stakeholder' : n === 1 ? 'Only 1 engaged stakeholder' : `Only ${n} engaged stakeholders`;
  return { code: 'single_threaded', text: `${who} in ${deal.stageName ?? 'this stage'}, a late stage` };
}
