// Each rep's hidden skill profile: how well they move deals through each stage, how fast,
// how busy they are. Stars are strong everywhere, bottom performers weak everywhere, and many
// core reps are clearly weak at one or two specific stages: the gaps coaching should find.
import type { Random } from './seeded-random.ts';
import { BASELINE_PASS_RATES } from './demo-stage-model.ts';

export type RepTier = 'star' | 'core' | 'bottom';

export type RepSkillProfile = {
  tier: RepTier;
  /** Probability of passing each open stage, in process order. */
  passRates: number[];
  /** Multiplier on days spent in each open stage (> 1 is slower). */
  stageSpeed: number[];
  /** Indexes of the open stages this rep is clearly weak at. */
  weakStages: number[];
  dealsPerMonth: number;
  /** Spacing of touches (call, e-mail, meeting) on each open deal: higher means fewer; the activity generator caps the gap. */
  touchGapDays: number;
  /** Activities not tied to a deal (prospecting), per week. */
  prospectingPerWeek: number;
  connectRate: number;
  dealSizeFactor: number;
  /** 0..1: tendency to engage several stakeholders. */
  threading: number;
};

const TIER_PASS_FACTOR: Readonly<Record<RepTier, number>> = { star: 1.01, core: 1, bottom: 0.94 };
const TIER_SPEED: Readonly<Record<RepTier, number>> = { star: 0.9, core: 1, bottom: 1.15 };

// Weak spots cluster where B2B reps typically struggle: reframing after discovery,
// building the solution, and holding value from proposal into negotiation.
const WEAK_STAGE_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 1], [1, 3], [2, 2], [3, 2], [4, 3], [5, 2], [6, 1],
];

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function drawWeakStages(random: Random, tier: RepTier): number[] {
  const count = tier === 'star'
    ? (random.chance(0.15) ? 1 : 0)
    : tier === 'bottom'
      ? 1
      : random.weighted([[0, 4], [1, 5], [2, 1]] as const);
  const weak: number[] = [];
  while (weak.length < count) {
    const stage = random.weighted(WEAK_STAGE_WEIGHTS);
    if (!weak.includes(stage)) weak.push(stage);
  }
  return weak.sort((a, b) => a - b);
}

export function drawRepSkillProfile(random: Random, tier: RepTier): RepSkillProfile {
  const weakStages = drawWeakStages(random, tier);
  const strongStage = tier !== 'bottom' && random.chance(0.3) ? random.int(0, BASELINE_PASS_RATES.length - 1) : -1;
  const baseSpeed = TIER_SPEED[tier] * random.logNormal(1, 0.1);
  const passRates = BASELINE_PASS_RATES.map((baseline, stage) => {
    const weakness = weakStages.includes(stage) ? random.between(0.62, 0.75) : 1;
    const strength = stage === strongStage && weakness === 1 ? 1.06 : 1;
    return clamp(baseline * TIER_PASS_FACTOR[tier] * weakness * strength + random.normal(0, 0.02), 0.1, 0.97);
  });
  const stageSpeed = BASELINE_PASS_RATES.map((_, stage) => baseSpeed * (weakStages.includes(stage) ? 1.6 : 1));
  return {
    tier,
    passRates,
    stageSpeed,
    weakStages,
    dealsPerMonth: tier === 'star' ? random.between(10, 13) : tier === 'core' ? random.between(9, 13) : random.between(8, 12),
    touchGapDays: tier === 'star' ? random.between(9, 12) : tier === 'core' ? random.between(10, 14) : random.between(12, 16),
    prospectingPerWeek: random.between(1, 4),
    connectRate: clamp(random.normal(tier === 'bottom' ? 0.3 : 0.4, 0.07), 0.15, 0.6),
    dealSizeFactor: random.logNormal(1, 0.12),
    threading: clamp(random.normal(tier === 'star' ? 0.8 : tier === 'core' ? 0.6 : 0.4, 0.1), 0.1, 0.95),
  };
}

/**
 * The open stages (indexes) a manager who knows the rep would coach: the rep's weak stages,
 * or for a rep without one, the stage they pass least well against the baseline.
 */
export function stagesToCoach(profile: RepSkillProfile): number[] {
  if (profile.weakStages.length > 0) return profile.weakStages;
  const relative = profile.passRates.map((rate, stage) => rate / BASELINE_PASS_RATES[stage]!);
  return [relative.indexOf(Math.min(...relative))];
}
