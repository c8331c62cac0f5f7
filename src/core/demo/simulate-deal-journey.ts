// One deal's walk through the open stages, drawn from its rep's skill profile: at each stage
// it passes with the rep's pass rate after a right-skewed number of days, or leaves as lost /
// no decision. A deal whose next event falls after as-of is still open. A few deals stall.
import type { Random } from './seeded-random.ts';
import type { RepSkillProfile } from './rep-skill-profile.ts';
import {
  LATE_STAGE_INDEX, MEDIAN_STAGE_DAYS, NO_DECISION_SHARE, OPEN_STAGE_KEYS, SEGMENT_SPEED,
  STAGE_DAYS_SIGMA, lossReasonsFor, type Segment,
} from './demo-stage-model.ts';
import { snapToBusinessDay } from './demo-calendar.ts';

export type StageVisit = { stageIndex: number; day: number };

/** A stall planned for this deal: where it sticks and which signals it will show. */
export type StallPlan = {
  stageIndex: number;
  fromDay: number;
  /** The day the deal left the stalled stage, or the day after as-of while it is still stuck. */
  untilDay: number;
  /** Activity on the deal stops from this day (the deal went dark), or null. */
  quietFromDay: number | null;
  /** The rep stops maintaining the close date, so it slips into the past. */
  neglectsCloseDate: boolean;
  singleThreaded: boolean;
};

export type DealJourney = {
  visits: StageVisit[];
  outcome: 'open' | 'won' | 'lost' | 'no_decision';
  closedDay: number | null;
  lossReason: string | null;
  stall: StallPlan | null;
};

/** Chance that a new deal is destined to stall if it reaches its stall stage; tuned so ~10 % of open deals are stalled. */
export const STALL_PROBABILITY = 0.15;
/** Share of stage passes that jump over the next stage (reps do skip steps in the CRM). */
const SKIP_PROBABILITY = 0.05;
const LAST_STAGE = OPEN_STAGE_KEYS.length - 1;
// Deals stall mostly in the middle and late stages, where buyers have something to decide.
const STALL_STAGE_WEIGHTS: readonly (readonly [number, number])[] = [[1, 1], [2, 1], [3, 2], [4, 4], [5, 4], [6, 2]];

export function simulateDealJourney(
  random: Random, profile: RepSkillProfile, segment: Segment, createdDay: number, asOfDay: number,
): DealJourney {
  const stallStage = random.chance(STALL_PROBABILITY) ? random.weighted(STALL_STAGE_WEIGHTS) : -1;
  const visits: StageVisit[] = [{ stageIndex: 0, day: createdDay }];
  let stall: StallPlan | null = null;
  let stage = 0;
  let day = createdDay;
  for (;;) {
    const stalling = stage === stallStage;
    const passRate = (profile.passRates[stage] ?? 0.5) * (stalling ? 0.5 : 1);
    const passes = random.chance(passRate);
    const medianDays = (MEDIAN_STAGE_DAYS[stage] ?? 10) * (profile.stageSpeed[stage] ?? 1) * SEGMENT_SPEED[segment];
    // Losing takes a little longer than passing (the buyer goes quiet first); a stall takes 3–7 times as long.
    const days = random.logNormal(medianDays, STAGE_DAYS_SIGMA) * (passes ? 1 : 1.2) * (stalling ? random.between(3, 7) : 1);
    const next = snapToBusinessDay(day + Math.max(1, Math.round(days)));
    if (stalling) {
      stall = {
        stageIndex: stage,
        fromDay: day,
        untilDay: Math.min(next, asOfDay + 1),
        quietFromDay: random.chance(0.7) ? day + random.int(2, 10) : null,
        neglectsCloseDate: random.chance(0.45),
        singleThreaded: stage >= LATE_STAGE_INDEX && random.chance(0.8),
      };
    }
    if (next > asOfDay) return { visits, outcome: 'open', closedDay: null, lossReason: null, stall };
    if (!passes) {
      const noDecisionShare = Math.min(0.8, (NO_DECISION_SHARE[stage] ?? 0.25) * (stalling ? 1.8 : 1));
      const outcome = random.chance(noDecisionShare) ? 'no_decision' : 'lost';
      return { visits, outcome, closedDay: next, lossReason: random.weighted(lossReasonsFor(stage, outcome)), stall };
    }
    if (stage === LAST_STAGE) return { visits, outcome: 'won', closedDay: next, lossReason: null, stall };
    stage = stage + 2 <= LAST_STAGE && random.chance(SKIP_PROBABILITY) ? stage + 2 : stage + 1;
    day = next;
    visits.push({ stageIndex: stage, day });
  }
}
