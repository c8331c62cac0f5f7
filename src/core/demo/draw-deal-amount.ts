// Deal value: list price scaled by the buyer's segment and the rep's typical deal size, with
// log-normal spread; some deals are re-scoped at proposal or discounted to close.
import type { Random } from './seeded-random.ts';
import type { DealJourney } from './simulate-deal-journey.ts';
import { SEGMENT_SIZE, type Segment } from './demo-stage-model.ts';

export type AmountChange = { day: number; from: number; to: number };

const PROPOSAL_STAGE_INDEX = 4;

const roundToHundred = (value: number): number => Math.max(500, Math.round(value / 100) * 100);

export function drawDealAmount(random: Random, listPrice: number, segment: Segment, sizeFactor: number): number {
  return roundToHundred(listPrice * SEGMENT_SIZE[segment] * sizeFactor * random.logNormal(1, 0.3));
}

/** Re-scoping when the proposal is written (25 %), and a closing discount on some wins (20 %). */
export function drawAmountChanges(random: Random, initial: number, journey: DealJourney): AmountChange[] {
  const changes: AmountChange[] = [];
  let amount = initial;
  const proposal = journey.visits.find((visit) => visit.stageIndex === PROPOSAL_STAGE_INDEX);
  if (proposal && random.chance(0.25)) {
    const to = roundToHundred(amount * random.between(0.75, 1.3));
    if (to !== amount) changes.push({ day: proposal.day, from: amount, to });
    amount = to;
  }
  if (journey.outcome === 'won' && journey.closedDay !== null && random.chance(0.2)) {
    const to = roundToHundred(amount * random.between(0.85, 0.97));
    if (to !== amount) changes.push({ day: journey.closedDay, from: amount, to });
  }
  return changes;
}
