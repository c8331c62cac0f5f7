// Every rep's deals over the 12 months: created on working days at the rep's own pace (ramping
// up after hire), on accounts mostly in the rep's region, each walked through the stages.
import type { Random } from './seeded-random.ts';
import type { DemoRep } from './generate-demo-people.ts';
import type { DemoAccount } from './generate-demo-accounts.ts';
import type { DemoProduct } from './generate-demo-products.ts';
import { MEDIAN_STAGE_DAYS, SEGMENT_SPEED, type Segment } from './demo-stage-model.ts';
import { isBusinessDay } from './demo-calendar.ts';
import { simulateDealJourney, type DealJourney } from './simulate-deal-journey.ts';
import { planCloseDates, type CloseDatePlan } from './plan-close-dates.ts';
import { drawAmountChanges, drawDealAmount, type AmountChange } from './draw-deal-amount.ts';

export type DemoDeal = {
  externalId: string;
  rep: DemoRep;
  account: DemoAccount;
  product: DemoProduct;
  createdDay: number;
  journey: DealJourney;
  closeDates: CloseDatePlan;
  /** Amount at creation; null when not yet known. */
  initialAmount: number | null;
  amountChanges: AmountChange[];
};

const WORKING_DAYS_PER_YEAR = 261;
const RAMP_DAYS = 90;
/** A median deal's stage days added up: the cycle a rep expects when setting the close date. */
const TYPICAL_CYCLE_DAYS = MEDIAN_STAGE_DAYS.reduce((sum, days) => sum + days, 0);

function groupByRegion(accounts: readonly DemoAccount[]): Map<string, DemoAccount[]> {
  const byRegion = new Map<string, DemoAccount[]>();
  for (const account of accounts) {
    const list = byRegion.get(account.region) ?? [];
    list.push(account);
    byRegion.set(account.region, list);
  }
  return byRegion;
}

export function generateDemoDeals(
  random: Random, reps: readonly DemoRep[], accounts: readonly DemoAccount[], products: readonly DemoProduct[],
  windowStartDay: number, asOfDay: number,
): DemoDeal[] {
  const byRegion = groupByRegion(accounts);
  const productWeights = (segment: Segment) => products.map((p) => [p, p.segmentWeights[segment]] as const);
  const productsBySegment = { SMB: productWeights('SMB'), 'Mid-market': productWeights('Mid-market'), Enterprise: productWeights('Enterprise') };
  const deals: DemoDeal[] = [];
  for (const rep of reps) {
    const { profile } = rep;
    const home = byRegion.get(rep.region) ?? accounts;
    const dailyRate = (profile.dealsPerMonth * 12) / WORKING_DAYS_PER_YEAR;
    for (let day = Math.max(windowStartDay, rep.hireDay); day <= asOfDay; day++) {
      if (!isBusinessDay(day)) continue;
      // New hires build their pipeline gradually over their first quarter.
      const ramp = Math.min(1, 0.25 + (0.75 * (day - rep.hireDay)) / RAMP_DAYS);
      const count = random.poisson(dailyRate * ramp);
      for (let n = 0; n < count; n++) {
        const account = random.chance(0.85) && home.length > 0 ? random.pick(home) : random.pick(accounts);
        const product = random.weighted(productsBySegment[account.segment]);
        const journey = simulateDealJourney(random, profile, account.segment, day, asOfDay);
        const plannedCycle = Math.round(TYPICAL_CYCLE_DAYS * SEGMENT_SPEED[account.segment] * random.logNormal(0.85, 0.25));
        const closeDates = planCloseDates(random, day, plannedCycle, journey.closedDay ?? asOfDay, journey.stall);
        // Early prospects often have no value yet; anything that got further has one.
        const known = journey.visits.length > 1 || random.chance(0.65);
        const initialAmount = known ? drawDealAmount(random, product.listPrice, account.segment, profile.dealSizeFactor) : null;
        deals.push({
          externalId: `demo-opp-${String(deals.length + 1).padStart(6, '0')}`,
          rep, account, product, createdDay: day, journey, closeDates, initialAmount,
          amountChanges: initialAmount === null ? [] : drawAmountChanges(random, initialAmount, journey),
        });
      }
    }
  }
  return deals;
}
