// The demo org's recent coaching history, so that This week, the rep page and the
// accountability views show a believable practice: over the 8 ISO weeks ending with the
// as-of week, each manager ran the default cadence (a weekly 1:1 per rep in a fixed slot,
// a Friday team skill session) with their own discipline, some deal coaching besides, and
// a weekly time report. Held 1:1s rate the behaviours of the stage the rep is weakest at and
// agree one dated commitment, reviewed in the next 1:1. Weeks are ISO weeks of as-of, so the
// picture does not depend on the weekday the demo is loaded. Deterministic; reads no clock.
import type { PersonRecord } from '../crm/records.ts';
import { DEFAULT_GUIDE } from '../coaching/default-guide.ts';
import type { GuideBehaviour } from '../coaching/coaching-guide.ts';
import { dayFromIsoDate, isoDateFromDay, weekdayOf } from './demo-calendar.ts';
import { COACHING_STYLES, type CoachingStyle } from './demo-coaching-styles.ts';
import { createRandom, deriveSeed, type Random } from './seeded-random.ts';

export type DemoObservation = {
  behaviourKey: string;
  rating: number;
  evidence: string;
  source: 'joint_call' | 'recording' | 'deal_review' | 'call_plan';
};

export type DemoSession = {
  managerRef: string;
  /** Null for the team skill session. */
  repRef: string | null;
  kind: 'one_on_one' | 'deal' | 'team_skill';
  status: 'held' | 'missed' | 'cancelled';
  /** The date it was scheduled for; held sessions were held then. */
  on: string;
  startMinute: number;
  durationMin: number;
  /** What a held 1:1 or deal session worked on; null for the others. */
  coaching: {
    behaviourKey: string;
    observations: DemoObservation[];
    specify: string;
    /** 1:1s only. */
    commitment: { text: string; dueOn: string; status: 'open' | 'done' | 'not_done'; reviewNote: string | null } | null;
  } | null;
};

/** ISO weeks of history, the as-of week last. */
export const DEMO_COACHING_WEEKS = 8;
const SOURCES = [['joint_call', 4], ['call_plan', 2], ['recording', 1]] as const;
const DURATIONS = [[30, 7], [45, 2], [25, 1]] as const;
const TEAM_SKILL_MINUTE = 9 * 60;

type RepPlan = { rep: PersonRecord; slotDay: number; slotMinute: number; focus: readonly GuideBehaviour[] };

export function generateDemoCoaching(
  seed: number, asOf: string, people: readonly PersonRecord[], stagesToCoach: Readonly<Record<string, readonly string[]>> = {},
): DemoSession[] {
  const asOfDay = dayFromIsoDate(asOf);
  const asOfMonday = asOfDay - weekdayOf(asOfDay);
  const guide = new Map(DEFAULT_GUIDE.map((stage) => [stage.stageKey, stage.behaviours]));
  const sessions: DemoSession[] = [];
  managersInLoginOrder(people).forEach((manager, index) => {
    const style = COACHING_STYLES[index % COACHING_STYLES.length]!;
    // A stream per manager, weeks oldest first: the as-of weekday changes only the as-of week.
    const random = createRandom(deriveSeed(seed, `coaching ${manager.externalId}`));
    // The default cadence's slots (default-cadences.ts), reps by name as it takes them: Monday
    // to Thursday from 10:00 in 45-minute steps, so the history runs on the slots now planned.
    const team = people.filter((p) => p.role === 'rep' && p.managerRef === manager.externalId);
    const plans: RepPlan[] = [...team].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((rep, i) => {
      const stages = stagesToCoach[rep.externalId] ?? [];
      const stageKey = stages.length > 0 ? random.pick(stages) : random.pick(DEFAULT_GUIDE).stageKey;
      return { rep, slotDay: i % 4, slotMinute: 10 * 60 + Math.floor(i / 4) * 45, focus: guide.get(stageKey) ?? [] };
    });
    for (let week = DEMO_COACHING_WEEKS - 1; week >= 0; week -= 1) {
      const monday = asOfMonday - week * 7;
      const progress = (DEMO_COACHING_WEEKS - 1 - week) / (DEMO_COACHING_WEEKS - 1);
      sessions.push(...coachWeek(random, style, manager.externalId, plans, monday, asOfDay, progress));
    }
  });
  sessions.sort((a, b) => a.on.localeCompare(b.on) || a.startMinute - b.startMinute);
  reviewCommitments(createRandom(deriveSeed(seed, 'coaching reviews')), sessions);
  return sessions;
}

/** The managers in the order the demo lists their logins (by e-mail), which deals the coaching styles. */
export function managersInLoginOrder(people: readonly PersonRecord[]): PersonRecord[] {
  return people.filter((p) => p.role === 'manager').sort((a, b) => (a.email ?? '').localeCompare(b.email ?? '') || a.externalId.localeCompare(b.externalId));
}

function coachWeek(
  random: Random, style: CoachingStyle, managerRef: string, plans: readonly RepPlan[], monday: number, asOfDay: number, progress: number,
): DemoSession[] {
  // A disrupted week (travel, quarter-end, an offsite) loses many 1:1s and the team session.
  const disrupted = random.chance(style.disruptedWeeks);
  const holdRate = disrupted ? style.holdRate * 0.55 : style.holdRate;
  const week: DemoSession[] = [];
  const uncovered: RepPlan[] = [];
  for (const plan of plans) {
    const day = monday + plan.slotDay;
    if (day >= asOfDay) continue; // from as-of on, the cadence plans the sessions
    const held = random.chance(holdRate);
    if (!held) uncovered.push(plan);
    week.push({
      managerRef, repRef: plan.rep.externalId, kind: 'one_on_one', status: held ? 'held' : random.chance(0.6) ? 'cancelled' : 'missed',
      on: isoDateFromDay(day), startMinute: plan.slotMinute, durationMin: held ? random.weighted(DURATIONS) : 30,
      coaching: held ? coachingOf(random, plan, day, progress, true) : null,
    });
  }
  const friday = monday + 4;
  if (friday < asOfDay && plans.length > 0) {
    const held = random.chance(disrupted ? 0.3 : style.holdRate);
    week.push({ managerRef, repRef: null, kind: 'team_skill', status: held ? 'held' : 'cancelled', on: isoDateFromDay(friday), startMinute: TEAM_SKILL_MINUTE, durationMin: 60, coaching: null });
  }
  // Deal coaching: a skipped 1:1 is often made up with a deal review; other reps ask for one.
  const dealReps = [...uncovered.filter(() => random.chance(style.makeUpRate)), ...plans.filter(() => random.chance(style.dealRate))];
  const lastDay = Math.min(monday + 4, asOfDay - 1);
  for (const plan of new Set(dealReps)) {
    if (lastDay < monday) break;
    const day = random.int(monday, lastDay);
    week.push({
      managerRef, repRef: plan.rep.externalId, kind: 'deal', status: 'held', on: isoDateFromDay(day),
      startMinute: 14 * 60 + random.int(0, 6) * 30, durationMin: random.pick([20, 25, 30]), coaching: coachingOf(random, plan, day, progress, false),
    });
  }
  return week;
}

// Weak-stage ratings start low and improve as the coaching takes hold.
function ratingOf(random: Random, progress: number): number {
  return random.weighted([[1, 2 - progress * 1.5], [2, 5 - progress * 2], [3, 2 + progress * 4], [4, progress * 1.5]] as const);
}

function coachingOf(random: Random, plan: RepPlan, day: number, progress: number, oneOnOne: boolean): NonNullable<DemoSession['coaching']> {
  const fallback = DEFAULT_GUIDE[0]!.behaviours;
  const focus = plan.focus.length > 0 ? plan.focus : fallback;
  const behaviour = random.pick(focus);
  // A joint call shows more than one behaviour of the stage; a deal review mostly one.
  const seen = oneOnOne && focus.length > 1 && random.chance(0.5) ? [behaviour, random.pick(focus.filter((b) => b !== behaviour))] : [behaviour];
  const observations = seen.map((b): DemoObservation => {
    const rating = ratingOf(random, progress);
    return {
      behaviourKey: b.key, rating, source: oneOnOne ? random.weighted(SOURCES) : 'deal_review',
      evidence: `${b.name}: ${rating >= 3 ? 'done with confidence on this week\u2019s deal' : 'started on this week\u2019s deal, not carried through'}.`,
    };
  });
  return {
    behaviourKey: behaviour.key, observations,
    specify: `${behaviour.name} on each qualifying deal this week, and bring one example to our next 1:1.`,
    commitment: oneOnOne
      ? { text: `${behaviour.name}: on the next two deals at this stage, and note what the customer said.`, dueOn: isoDateFromDay(day + 7), status: 'open', reviewNote: null }
      : null,
  };
}

// Every commitment but each rep's latest was reviewed in their next held 1:1.
function reviewCommitments(random: Random, sessions: readonly DemoSession[]): void {
  const latest = new Map<string, DemoSession>();
  for (const s of sessions) {
    if (s.coaching?.commitment == null || s.repRef === null) continue;
    const previous = latest.get(s.repRef)?.coaching?.commitment;
    if (previous) {
      const done = random.chance(0.65);
      previous.status = done ? 'done' : 'not_done';
      previous.reviewNote = done ? 'Done on both deals; discussed what the customer said.' : 'Did not get to it: deals slipped; carried over.';
    }
    latest.set(s.repRef, s);
  }
}
