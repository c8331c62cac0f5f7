// Quarterly quotas for the four quarters ending with the one that contains as-of. As in most
// sales orgs every rep carries the same quota, set a stretch above what a typical tenured rep
// delivered; skill differences then spread attainment. New reps get a quota prorated from their
// hire date and ramped over their first months, as their pipeline takes that long to build.
import type { QuotaRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { DemoRep } from './generate-demo-people.ts';
import type { DemoDeal } from './generate-demo-deals.ts';
import { isoDateFromDay, quarterOf } from './demo-calendar.ts';

type Quarter = { start: number; end: number };

const RAMP_DAYS = 90;
/** Days until a new rep carries a full quota: pipeline ramp (90 days) plus a typical cycle. */
const QUOTA_RAMP_DAYS = 150;
const FALLBACK_QUOTA = 100_000;

export function quotaQuarters(asOfDay: number): Quarter[] {
  const quarters = [quarterOf(asOfDay)];
  while (quarters.length < 4) quarters.unshift(quarterOf((quarters[0]?.start ?? asOfDay) - 1));
  return quarters;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function wonValue(deals: readonly DemoDeal[], quarter: Quarter): number {
  let sum = 0;
  for (const deal of deals) {
    const { closedDay, outcome } = deal.journey;
    if (outcome !== 'won' || closedDay === null || closedDay < quarter.start || closedDay > quarter.end) continue;
    sum += deal.amountChanges[deal.amountChanges.length - 1]?.to ?? deal.initialAmount ?? 0;
  }
  return sum;
}

/** What a typical tenured rep closed in the quarter: the base every rep's quota stretches from. */
function typicalWonValue(reps: readonly DemoRep[], dealsByRep: ReadonlyMap<string, readonly DemoDeal[]>, quarter: Quarter): number {
  const tenured = reps.filter((rep) => rep.hireDay <= quarter.start - RAMP_DAYS);
  return median(tenured.map((rep) => wonValue(dealsByRep.get(rep.externalId) ?? [], quarter)));
}

/** Share of a full quarter's quota: days employed, each weighted by how far the rep has ramped. */
function quotaShare(hireDay: number, quarter: Quarter): number {
  let weighted = 0;
  for (let day = Math.max(quarter.start, hireDay); day <= quarter.end; day++) {
    weighted += Math.min(1, Math.max(0.1, (day - hireDay) / QUOTA_RAMP_DAYS));
  }
  return weighted / (quarter.end - quarter.start + 1);
}

export function generateDemoQuotas(
  random: Random, reps: readonly DemoRep[], dealsByRep: ReadonlyMap<string, readonly DemoDeal[]>, asOfDay: number,
): QuotaRecord[] {
  const quarters = quotaQuarters(asOfDay);
  // The current quarter is not over, so its quota follows the last complete quarter's base.
  const bases = quarters.map((quarter) => (quarter.end > asOfDay ? 0 : typicalWonValue(reps, dealsByRep, quarter)));
  const quotas: QuotaRecord[] = [];
  let previous = FALLBACK_QUOTA;
  for (const [i, quarter] of quarters.entries()) {
    const base = (bases[i] ?? 0) > 0 ? (bases[i] ?? 0) : previous;
    previous = base;
    const fullQuota = Math.round((base * random.between(1.05, 1.2)) / 5000) * 5000;
    for (const rep of reps) {
      if (rep.hireDay > quarter.end) continue;
      const from = Math.max(quarter.start, rep.hireDay);
      const share = quotaShare(rep.hireDay, quarter);
      quotas.push({
        ownerRef: rep.externalId,
        periodStart: isoDateFromDay(from),
        periodEnd: isoDateFromDay(quarter.end),
        amount: Math.max(1000, Math.round((fullQuota * share) / 1000) * 1000),
      });
    }
  }
  return quotas;
}
