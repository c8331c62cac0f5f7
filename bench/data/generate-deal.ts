// One generated deal: its opportunities.csv line and its stage-history.csv lines, made
// consistent with each other (the history walks up the open stages of the default
// process and ends in the deal's current stage, or in its outcome when it is closed).
import { dayOf, formatDay, formatDayTime } from './calendar.ts';
import type { SeededRandom } from './seeded-random.ts';

export const OPPORTUNITY_HEADER = ['externalId', 'name', 'owner', 'account', 'product', 'stage', 'amount', 'currency',
  'createdAt', 'engagedAt', 'expectedCloseAt', 'closedAt', 'lossReason'] as const;
export const STAGE_HISTORY_HEADER = ['opportunity', 'stage', 'enteredAt'] as const;

/** The average number of stage-history rows per deal the generator aims at. */
export const HISTORY_ROWS_PER_DEAL = 5;

const OPEN_STAGES = ['prospect', 'discover', 'teach', 'solution', 'proposal', 'negotiate', 'close'] as const;
const EXPECTED_DAYS = [14, 14, 10, 14, 10, 10, 7];
const OUTCOMES = ['open', 'won', 'lost', 'no_decision'] as const;
type Outcome = (typeof OUTCOMES)[number];
// Roughly a B2B pipeline several years deep: most deals are closed, most closed are lost.
const OUTCOME_WEIGHTS = [20, 26, 40, 14];
// Open deals thin out towards the later stages; lost deals die anywhere, won ones late.
// (Weighted so that, with all stages entered, a deal averages a little over 5 history rows.)
const OPEN_REACH_WEIGHTS = [20, 18, 16, 14, 12, 11, 9];
const LOST_REACH_WEIGHTS = [10, 14, 16, 16, 16, 15, 13];
const WON_REACH_WEIGHTS = [0, 0, 0, 5, 15, 30, 50];
const POSITIONS = [1, 2, 3, 4, 5, 6, 7];
const PRODUCTS = ['Core Platform', 'Analytics', 'Coaching Suite', 'Forecasting', 'Integrations', 'Premium Support', 'Training', 'Data Cloud'];
const CURRENCIES = ['USD', 'EUR', 'GBP'];
const CURRENCY_WEIGHTS = [80, 12, 8];
const LOSS_REASONS = ['price', 'competitor', 'no budget', 'timing', 'missing feature', 'champion left'];

const FIRST_CREATED = dayOf('2021-01-01');
export const GENERATED_AS_OF = '2025-06-30';
const AS_OF = dayOf(GENERATED_AS_OF);

export type DealShape = { reps: number; accounts: number; idWidth: number };
export type GeneratedDeal = { opportunity: string; history: string[] };

/**
 * `deficit`: history rows the deals before this one fell short of HISTORY_ROWS_PER_DEAL
 * each (negative when over). The deal adds it to its natural length, within what its
 * stages allow, so the total lands on deals × 5 while lengths still vary.
 */
export function generateDeal(random: SeededRandom, index: number, shape: DealShape, deficit: number): GeneratedDeal {
  const outcome: Outcome = random.weighted(OUTCOMES, OUTCOME_WEIGHTS);
  const reach = random.weighted(POSITIONS,
    outcome === 'open' ? OPEN_REACH_WEIGHTS : outcome === 'won' ? WON_REACH_WEIGHTS : LOST_REACH_WEIGHTS);
  const openRows = pickOpenPath(random, reach, deficit);
  const externalId = `OPP-${String(index).padStart(shape.idWidth, '0')}`;

  // Days spent in each stage entered, then place the whole path on the calendar.
  const gaps = openRows.map((p) => 1 + Math.floor(-Math.log(1 - random.next()) * EXPECTED_DAYS[p - 1]!));
  const span = gaps.reduce((a, b) => a + b, 0);
  const lastStart = AS_OF - span;
  const first = outcome === 'open'
    ? Math.max(FIRST_CREATED, lastStart - random.int(0, 60) + gaps[gaps.length - 1]!)
    : random.int(FIRST_CREATED, Math.max(FIRST_CREATED, lastStart));
  const history: string[] = [];
  let day = first;
  let engagedDay: number | null = null;
  for (let i = 0; i < openRows.length; i += 1) {
    const position = openRows[i]!;
    if (engagedDay === null && position >= 2) engagedDay = day;
    history.push(`${externalId},${OPEN_STAGES[position - 1]},${randomTime(random, day)}`);
    if (i < openRows.length - 1 || outcome !== 'open') day += gaps[i]!;
  }
  const closedDay = outcome === 'open' ? null : day;
  if (outcome !== 'open') history.push(`${externalId},${outcome},${randomTime(random, day)}`);

  const expectedClose = closedDay === null
    ? Math.max(day, AS_OF) + random.int(7, 120)
    : Math.max(first, closedDay + random.int(-30, 20));
  const product = PRODUCTS[random.int(0, PRODUCTS.length - 1)]!;
  const account = `ACC-${String(random.int(1, shape.accounts)).padStart(6, '0')}`;
  // Skewed towards the first reps: some carry far more deals than others.
  const owner = `REP-${String(1 + Math.floor(shape.reps * random.next() ** 1.3)).padStart(4, '0')}`;
  const amount = outcome !== 'won' && random.next() < 0.03 ? '' : (Math.exp(10.1 + 0.9 * random.normal())).toFixed(2);
  const lossReason = outcome === 'lost' ? LOSS_REASONS[random.int(0, LOSS_REASONS.length - 1)]! : '';
  const opportunity = [externalId, `${product} for ${account}`, owner, account, product,
    outcome === 'open' ? OPEN_STAGES[reach - 1]! : outcome, amount, random.weighted(CURRENCIES, CURRENCY_WEIGHTS),
    formatDay(first), engagedDay === null ? '' : formatDay(engagedDay), formatDay(expectedClose),
    closedDay === null ? '' : formatDay(closedDay), lossReason].join(',');
  return { opportunity, history };
}

/**
 * The open stages a deal entered, ascending, ending at `reach`: prospect first when there
 * is room, each stage between skipped with a small chance (10%), then nudged by `deficit`.
 */
function pickOpenPath(random: SeededRandom, reach: number, deficit: number): number[] {
  let natural = 1;
  for (let p = 1; p < reach; p += 1) if (random.next() > 0.1) natural += 1;
  const length = Math.min(reach, Math.max(1, natural + deficit));
  if (length === 1) return [reach];
  const middle = POSITIONS.slice(1, reach - 1);
  for (let i = 0; i < length - 2; i += 1) {
    const j = i + Math.floor(random.next() * (middle.length - i));
    [middle[i], middle[j]] = [middle[j]!, middle[i]!];
  }
  return [1, ...middle.slice(0, length - 2).sort((a, b) => a - b), reach];
}

function randomTime(random: SeededRandom, day: number): string {
  return formatDayTime(day, random.int(8, 18), random.int(0, 59), random.int(0, 59));
}
