// The demo org's recent coaching history, so that This week, the rep page and (later) the
// accountability views show something true: over the 8 weeks before as-of, each manager
// held weekly 1:1s with each rep with their own regularity (some managers coach a lot,
// some hardly), rated one behaviour in each, and agreed one dated commitment, which the
// next session reviewed. Deterministic for a seed; reads no clock.
import type { PersonRecord } from '../crm/records.ts';
import { DEFAULT_GUIDE } from '../coaching/default-guide.ts';
import { dayFromIsoDate, isBusinessDay, isoDateFromDay } from './demo-calendar.ts';
import { createRandom, deriveSeed } from './seeded-random.ts';

export type DemoSession = {
  managerRef: string;
  repRef: string;
  heldOn: string;
  behaviourKey: string;
  rating: number;
  evidence: string;
  source: 'joint_call' | 'recording' | 'deal_review' | 'call_plan';
  specify: string;
  commitment: { text: string; dueOn: string; status: 'open' | 'done' | 'not_done'; reviewNote: string | null };
};

const WEEKS = 8;
// How regularly each manager coaches, in turn: the spread leaders need to see.
const REGULARITY = [0.85, 0.6, 0.35, 0.75, 0.15, 0.5];
const SOURCES = [['joint_call', 4], ['deal_review', 3], ['call_plan', 2], ['recording', 1]] as const;
const RATINGS = [[1, 1], [2, 4], [3, 4], [4, 1]] as const;

export function generateDemoCoaching(seed: number, asOf: string, people: readonly PersonRecord[]): DemoSession[] {
  const random = createRandom(deriveSeed(seed, 'coaching'));
  const asOfDay = dayFromIsoDate(asOf);
  const behaviours = DEFAULT_GUIDE.flatMap((stage) => stage.behaviours);
  const managers = people.filter((p) => p.role === 'manager');
  const sessions: DemoSession[] = [];
  managers.forEach((manager, index) => {
    const regularity = REGULARITY[index % REGULARITY.length]!;
    const reps = people.filter((p) => p.role === 'rep' && p.managerRef === manager.externalId);
    for (const rep of reps) {
      const focus = random.pick(behaviours);
      const held: DemoSession[] = [];
      for (let week = WEEKS; week >= 1; week -= 1) {
        if (!random.chance(regularity)) continue;
        let day = asOfDay - week * 7 + random.int(0, 4);
        while (!isBusinessDay(day)) day -= 1;
        // Mostly the same behaviour week after week (a focus is worked on), sometimes another.
        const behaviour = random.chance(0.75) ? focus : random.pick(behaviours);
        const rating = random.weighted(RATINGS);
        held.push({
          managerRef: manager.externalId, repRef: rep.externalId, heldOn: isoDateFromDay(day),
          behaviourKey: behaviour.key, rating, source: random.weighted(SOURCES),
          evidence: `${behaviour.name}: seen on one of this week's deals; ${rating >= 3 ? 'done with confidence' : 'started, not carried through'}.`,
          specify: `${behaviour.name} on each qualifying deal this week, and bring one example to our next 1:1.`,
          commitment: {
            text: `${behaviour.name}: on the next two deals at this stage, and note what the customer said.`,
            dueOn: isoDateFromDay(day + 7), status: 'open', reviewNote: null,
          },
        });
      }
      // Every commitment but the latest was reviewed in the following session.
      held.forEach((session, i) => {
        if (i === held.length - 1) return;
        const done = random.chance(0.65);
        session.commitment.status = done ? 'done' : 'not_done';
        session.commitment.reviewNote = done ? 'Done on both deals; discussed what the customer said.' : 'Did not get to it: deals slipped; carried over.';
      });
      sessions.push(...held);
    }
  });
  return sessions;
}
