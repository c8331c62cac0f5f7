// The demo org chart: one leader, six managers (one team and region each), and the reps,
// with realistic tenure: most reps hired 1–6 years ago, some in the last year, ~8 % ramping.
import type { PersonRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import { isoDateFromDay, weekdayOf } from './demo-calendar.ts';
import { FIRST_NAMES, LAST_NAMES, demoEmail } from './demo-names.ts';
import { drawRepSkillProfile, type RepSkillProfile, type RepTier } from './rep-skill-profile.ts';

export const DEMO_REGIONS: readonly string[] = ['North', 'South', 'East', 'West', 'Central', 'International'];

export type DemoRep = {
  externalId: string;
  managerRef: string;
  region: string;
  hireDay: number;
  profile: RepSkillProfile;
};

export type DemoPeople = { people: PersonRecord[]; reps: DemoRep[] };

const YEAR = 365;

/** Hiring happens on weekdays; a weekend date moves back to the Friday before. */
const weekdayOnOrBefore = (day: number): number => day - Math.max(0, weekdayOf(day) - 4);

function drawUniqueName(random: Random, used: Set<string>): { first: string; last: string } {
  for (let attempt = 0; ; attempt++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    // Past the list's capacity (thousands of reps) a middle initial keeps names distinct.
    const name = attempt > 50 ? `${first} ${String.fromCharCode(65 + random.int(0, 25))}. ${last}` : `${first} ${last}`;
    if (!used.has(name)) {
      used.add(name);
      return { first, last: name.slice(first.length + 1) };
    }
  }
}

/** Days before as-of at which each rep was hired, in rep order. */
function drawTenures(random: Random, repCount: number): number[] {
  const ramping = Math.round(repCount * 0.08);
  const recent = Math.round(repCount * 0.1);
  const tenures = Array.from({ length: repCount }, (_, i) => {
    if (i < ramping) return random.int(5, 89);
    if (i < ramping + recent) return random.int(91, YEAR);
    // Skewed towards recent hires: turnover means fewer reps with long tenure.
    return YEAR + Math.round(5 * YEAR * random.float() ** 1.4);
  });
  return random.shuffle(tenures);
}

function drawTiers(random: Random, repCount: number): RepTier[] {
  const stars = Math.round(repCount * 0.15);
  const bottom = Math.round(repCount * 0.15);
  const tiers = Array.from({ length: repCount }, (_, i): RepTier => (i < stars ? 'star' : i < stars + bottom ? 'bottom' : 'core'));
  return random.shuffle(tiers);
}

export function generateDemoPeople(random: Random, repCount: number, asOfDay: number): DemoPeople {
  const used = new Set<string>();
  const person = (externalId: string, role: PersonRecord['role'], title: string, extra: Partial<PersonRecord>, tenureDays: number): PersonRecord => {
    const { first, last } = drawUniqueName(random, used);
    return {
      externalId, name: `${first} ${last}`, role, email: demoEmail(first, last), title,
      hiredAt: isoDateFromDay(weekdayOnOrBefore(asOfDay - tenureDays)), active: true, ...extra,
    };
  };

  const leader = person('demo-lead-1', 'leader', 'VP Sales', { managerRef: null, team: null, region: null }, random.int(3 * YEAR, 8 * YEAR));
  const managers = DEMO_REGIONS.map((region, i) =>
    person(`demo-mgr-${i + 1}`, 'manager', 'Sales Manager', { managerRef: leader.externalId, team: region, region }, random.int(2 * YEAR, 9 * YEAR)));

  const tenures = drawTenures(random, repCount);
  const tiers = drawTiers(random, repCount);
  const reps: DemoRep[] = [];
  const repPeople = tenures.map((tenure, i) => {
    // Contiguous blocks of reps per team, as evenly sized as the count allows.
    const teamIndex = Math.floor((i * DEMO_REGIONS.length) / repCount);
    const region = DEMO_REGIONS[teamIndex] ?? 'Central';
    const managerRef = `demo-mgr-${teamIndex + 1}`;
    const externalId = `demo-rep-${String(i + 1).padStart(3, '0')}`;
    const hireDay = weekdayOnOrBefore(asOfDay - tenure);
    reps.push({ externalId, managerRef, region, hireDay, profile: drawRepSkillProfile(random, tiers[i] ?? 'core') });
    return person(externalId, 'rep', 'Account Executive', { managerRef, team: region, region }, tenure);
  });
  return { people: [leader, ...managers, ...repPeople], reps };
}
