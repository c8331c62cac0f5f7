// Baseline behaviour of the default process in the demo org: how often a deal passes each
// open stage, how long it stays, and why deals are lost there. Rep profiles vary around these.
import { DEFAULT_PROCESS } from '../process/default-process.ts';

export const OPEN_STAGE_KEYS: readonly string[] = DEFAULT_PROCESS
  .filter((stage) => stage.kind === 'open')
  .sort((a, b) => a.position - b.position)
  .map((stage) => stage.key);

/**
 * Probability of leaving each open stage forward (the last one: to won), in process order.
 * Product ≈ 0.22: about one prospect in five is won, typical of outbound-heavy B2B.
 */
export const BASELINE_PASS_RATES: readonly number[] = [0.7, 0.78, 0.82, 0.82, 0.78, 0.87, 0.9];

/** Median calendar days spent in each open stage before moving on (right-skewed around it). */
export const MEDIAN_STAGE_DAYS: readonly number[] = [6, 10, 8, 12, 9, 10, 6];

/** Log-space spread of stage durations: p80 ≈ 1.4 × median. */
export const STAGE_DAYS_SIGMA = 0.4;

/** Share of failed deals that end as no decision rather than lost, by stage (late stalls end in status quo). */
export const NO_DECISION_SHARE: readonly number[] = [0.18, 0.22, 0.25, 0.3, 0.35, 0.4, 0.4];

/** Stage index from which a deal counts as late (Proposal onwards): where single-threading hurts. */
export const LATE_STAGE_INDEX = 4;

/** Stage index from which deals have named stakeholders (Teach onwards). */
export const STAKEHOLDER_STAGE_INDEX = 2;

type ReasonWeights = readonly (readonly [string, number])[];

const EARLY_LOSS_REASONS: ReasonWeights = [
  ['No budget', 4], ['Timing', 3], ['Product fit', 3], ['Chose competitor', 2], ['Price', 1],
];
const LATE_LOSS_REASONS: ReasonWeights = [
  ['Price', 4], ['Chose competitor', 4], ['Lost champion', 2], ['No budget', 1], ['Timing', 1], ['Product fit', 1],
];
const NO_DECISION_REASONS: ReasonWeights = [
  ['No decision / status quo', 8], ['Timing', 1], ['Lost champion', 1],
];

export function lossReasonsFor(stageIndex: number, outcome: 'lost' | 'no_decision'): ReasonWeights {
  if (outcome === 'no_decision') return NO_DECISION_REASONS;
  return stageIndex >= 3 ? LATE_LOSS_REASONS : EARLY_LOSS_REASONS;
}

export type Segment = 'SMB' | 'Mid-market' | 'Enterprise';

/** Larger buyers take longer at every stage. */
export const SEGMENT_SPEED: Readonly<Record<Segment, number>> = { SMB: 0.8, 'Mid-market': 1, Enterprise: 1.25 };

/** Deal size relative to list price: seats and scope grow with the buyer. */
export const SEGMENT_SIZE: Readonly<Record<Segment, number>> = { SMB: 0.8, 'Mid-market': 1.2, Enterprise: 1.6 };
