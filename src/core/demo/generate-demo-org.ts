// Entry point: a complete, realistic demo sales org for the 12 months ending at as-of,
// deterministic for a seed. Each part draws from its own random stream so that tuning one
// generator does not reshuffle the others.
import { DEFAULT_PROCESS } from '../process/default-process.ts';
import type { DemoOrg, DemoOrgOptions } from './demo-org.ts';
import { createRandom, deriveSeed } from './seeded-random.ts';
import { dayFromIsoDate } from './demo-calendar.ts';
import { generateDemoPeople } from './generate-demo-people.ts';
import { stagesToCoach } from './rep-skill-profile.ts';
import { demoAccountCount, generateDemoAccounts } from './generate-demo-accounts.ts';
import { generateDemoProducts } from './generate-demo-products.ts';
import { generateDemoDeals, type DemoDeal } from './generate-demo-deals.ts';
import { buildDealRecords } from './build-deal-records.ts';
import { generateDemoActivities } from './generate-demo-activities.ts';
import { generateDemoStakeholders } from './generate-demo-stakeholders.ts';
import { generateDemoQuotas } from './generate-demo-quotas.ts';

export const DEFAULT_DEMO_REPS = 60;
// The skill profile indexes the open stages in process order.
const OPEN_STAGE_KEYS = DEFAULT_PROCESS.filter((stage) => stage.kind === 'open').map((stage) => stage.key);
/** The window is the 365 days ending at as-of, both included. */
const WINDOW_DAYS = 365;

export function generateDemoOrg(options: DemoOrgOptions): DemoOrg {
  const repCount = options.reps ?? DEFAULT_DEMO_REPS;
  if (!Number.isInteger(repCount) || repCount < 1) throw new Error(`reps must be a positive integer, got ${repCount}`);
  const asOfDay = dayFromIsoDate(options.asOf);
  const windowStartDay = asOfDay - WINDOW_DAYS + 1;
  const stream = (name: string) => createRandom(deriveSeed(options.seed, name));

  const { people, reps } = generateDemoPeople(stream('people'), repCount, asOfDay);
  const accounts = generateDemoAccounts(stream('accounts'), demoAccountCount(repCount));
  const products = generateDemoProducts(stream('products'));
  const deals = generateDemoDeals(stream('deals'), reps, accounts, products, windowStartDay, asOfDay);
  const dealsByRep = new Map<string, DemoDeal[]>();
  for (const deal of deals) {
    const list = dealsByRep.get(deal.rep.externalId) ?? [];
    list.push(deal);
    dealsByRep.set(deal.rep.externalId, list);
  }
  const { opportunities, stageHistory, fieldHistory } = buildDealRecords(stream('deal-records'), deals);

  return {
    process: DEFAULT_PROCESS.map((stage) => ({ ...stage })),
    people,
    // Strip the generator's working fields so the records are exactly what an importer produces.
    accounts: accounts.map(({ externalId, name, segment, industry, employees, sizeBand, region }) =>
      ({ externalId, name, segment, industry, employees, sizeBand, region })),
    products: products.map(({ externalId, name, series, listPrice }) => ({ externalId, name, series, listPrice })),
    opportunities,
    stageHistory,
    fieldHistory,
    activities: generateDemoActivities(stream('activities'), reps, dealsByRep, windowStartDay, asOfDay),
    quotas: generateDemoQuotas(stream('quotas'), reps, dealsByRep, asOfDay),
    stakeholders: generateDemoStakeholders(stream('stakeholders'), deals, asOfDay),
    stagesToCoach: Object.fromEntries(reps.map((rep) => [rep.externalId, stagesToCoach(rep.profile).map((i) => OPEN_STAGE_KEYS[i]!)])),
  };
}
