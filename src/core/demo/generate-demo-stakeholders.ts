// Buying-group members on deals past the early stages. Reps who multi-thread engage more
// people the further a deal gets; stalled and some lost late deals hang on a single contact.
import type { StakeholderRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { DemoDeal } from './generate-demo-deals.ts';
import { LATE_STAGE_INDEX, STAKEHOLDER_STAGE_INDEX } from './demo-stage-model.ts';
import { isoDateFromDay } from './demo-calendar.ts';
import { FIRST_NAMES, LAST_NAMES } from './demo-names.ts';

type Influence = NonNullable<StakeholderRecord['influence']>;
type Stance = NonNullable<StakeholderRecord['stance']>;

const MAX_STAKEHOLDERS = 5;
const INFLUENCE: Readonly<Record<string, readonly Influence[]>> = {
  Champion: ['medium', 'high'],
  'Economic buyer': ['high'],
  'Technical evaluator': ['medium', 'high'],
  'End user': ['low', 'medium'],
  Procurement: ['medium'],
  Legal: ['low', 'medium'],
};

function rolesFor(random: Random, maxStage: number): string[] {
  const first = random.chance(0.85) ? 'Champion' : random.pick(['Technical evaluator', 'End user']);
  const rest = random.shuffle(['Champion', 'Economic buyer', 'Technical evaluator', 'End user'].filter((r) => r !== first));
  // Procurement and Legal only show up once there is a proposal or contract to review.
  const roles = [first, ...rest];
  if (maxStage >= LATE_STAGE_INDEX) roles.splice(random.int(1, roles.length), 0, 'Procurement');
  if (maxStage >= LATE_STAGE_INDEX + 1) roles.splice(random.int(1, roles.length), 0, 'Legal');
  return roles;
}

function stanceFor(random: Random, role: string, lostDeal: boolean): Stance {
  if (role === 'Champion') return random.chance(0.85) ? 'champion' : 'supporter';
  return random.weighted(lostDeal
    ? [['supporter', 2], ['neutral', 3], ['skeptic', 3], ['blocker', 2]] as const
    : [['supporter', 4], ['neutral', 3], ['skeptic', 2], ['blocker', 0.5]] as const);
}

export function generateDemoStakeholders(random: Random, deals: readonly DemoDeal[], asOfDay: number): StakeholderRecord[] {
  const stakeholders: StakeholderRecord[] = [];
  for (const deal of deals) {
    const { journey } = deal;
    const maxStage = Math.max(...journey.visits.map((visit) => visit.stageIndex));
    if (maxStage < STAKEHOLDER_STAGE_INDEX) continue;
    const lostDeal = journey.outcome === 'lost' || journey.outcome === 'no_decision';
    const threading = deal.rep.profile.threading;
    let engaged = 1;
    for (let stage = 1; stage < maxStage; stage++) if (random.chance(threading)) engaged++;
    const singleThreaded = journey.stall?.singleThreaded === true || (lostDeal && maxStage >= LATE_STAGE_INDEX && random.chance(0.3));
    if (singleThreaded) engaged = 1;
    // Healthy open deals in late stages are multi-threaded, so single-threading marks a real risk.
    else if (journey.outcome === 'open' && maxStage >= LATE_STAGE_INDEX) engaged = Math.max(2, engaged);
    engaged = Math.min(MAX_STAKEHOLDERS, engaged);
    const listedOnly = engaged < MAX_STAKEHOLDERS && random.chance(0.3) ? 1 : 0;

    const firstDay = journey.visits.find((visit) => visit.stageIndex >= 1)?.day ?? deal.createdDay;
    const lastDay = Math.max(firstDay, Math.min(journey.closedDay ?? asOfDay, journey.stall?.quietFromDay ?? asOfDay));
    const engagedDays = Array.from({ length: engaged }, () => random.int(firstDay, lastDay)).sort((a, b) => a - b);
    const roles = rolesFor(random, maxStage);
    for (let i = 0; i < engaged + listedOnly; i++) {
      const role = roles[i] ?? 'End user';
      const engagedDay = engagedDays[i];
      stakeholders.push({
        opportunityRef: deal.externalId,
        name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        role,
        influence: random.pick(INFLUENCE[role] ?? ['medium']),
        stance: stanceFor(random, role, lostDeal),
        engagedAt: engagedDay === undefined ? null : isoDateFromDay(engagedDay),
      });
    }
  }
  return stakeholders;
}
