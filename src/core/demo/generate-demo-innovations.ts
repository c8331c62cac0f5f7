// The demo org's deal innovation, so that the deal room and library show something true: two
// co-creation sessions on long-stuck open deals (one finished with chosen ideas, commitments and
// an outcome, one still in Create with a discount among its ideas), eleven captured innovations
// from won deals of their segment, and a few reuses. Deterministic for a seed; reads no clock.
import type { AccountRecord, OpportunityRecord, PersonRecord, StageHistoryRecord } from '../crm/records.ts';
import { DEMO_STORIES } from '../innovation/demo-innovation-stories.ts';
import type { Lens, ObstacleCategory } from '../innovation/innovation-terms.ts';
import { dayFromIsoDate, isoDateFromDay } from './demo-calendar.ts';
import { createRandom, deriveSeed } from './seeded-random.ts';

export type DemoIdea = { lens: Lens; text: string; chosen: boolean; nextStep: { text: string; dueInDays: number } | null };
export type DemoCoCreation = {
  dealRef: string; managerRef: string; heldOn: string | null; openedOn: string; step: 'create' | 'share';
  obstacle: ObstacleCategory; why: string; decision: string | null; ideas: DemoIdea[];
  outcome: { result: 'advanced'; note: string; on: string } | null;
  reuses: number[];
};
export type DemoInnovation = {
  story: number; dealRef: string; authorRef: string; createdOn: string;
  title: string; segment: string; obstacle: ObstacleCategory; situation: string; approach: string; lesson: string; result: 'won' | 'advanced';
};
export type DemoReuse = { story: number; dealRef: string; byRef: string; on: string };
export type DemoInnovationData = { sessions: DemoCoCreation[]; innovations: DemoInnovation[]; reuses: DemoReuse[] };

type Input = { people: readonly PersonRecord[]; accounts: readonly AccountRecord[]; opportunities: readonly OpportunityRecord[]; stageHistory: readonly StageHistoryRecord[] };

const FINISHED_IDEAS: DemoIdea[] = [
  { lens: 'modify', text: 'Offer 10% off if they sign before the end of the quarter', chosen: false, nextStep: null },
  { lens: 'magnify', text: 'Show the steering group what the manual workaround costs each quarter, in their own figures', chosen: true,
    nextStep: { text: 'Build the cost-of-waiting sheet with the champion and send it to the steering group', dueInDays: 7 } },
  { lens: 'substitute', text: 'Ask the champion\'s manager, not the champion, to present it to the committee', chosen: false, nextStep: null },
  { lens: 'adapt', text: 'Borrow the reference call that worked with a similar customer last quarter', chosen: true,
    nextStep: { text: 'Arrange a 30-minute reference call with a customer of the same size', dueInDays: 14 } },
  { lens: 'rearrange', text: 'Run the pilot on their data before the formal evaluation rather than after', chosen: false, nextStep: null },
  { lens: 'reverse', text: 'Ask the committee what would have to be true for them to act this quarter', chosen: false, nextStep: null },
];
const OPEN_IDEAS: DemoIdea[] = [
  { lens: 'modify', text: 'Give them three months free to get under the budget line', chosen: false, nextStep: null },
  { lens: 'combine', text: 'Fund the first phase from the efficiency programme their COO announced', chosen: false, nextStep: null },
];

export function generateDemoInnovations(seed: number, asOf: string, org: Input): DemoInnovationData {
  const random = createRandom(deriveSeed(seed, 'innovations'));
  const asOfDay = dayFromIsoDate(asOf);
  const managerOf = new Map(org.people.map((p) => [p.externalId, p.managerRef ?? null]));
  const accountSegment = new Map(org.accounts.map((a) => [a.externalId, a.segment ?? null]));
  const segmentOf = (o: OpportunityRecord) => o.segment ?? (o.accountRef ? accountSegment.get(o.accountRef) ?? null : null);
  const managed = (o: OpportunityRecord) => managerOf.get(o.ownerRef) != null;

  const innovations: DemoInnovation[] = [];
  DEMO_STORIES.forEach((story, index) => {
    const won = org.opportunities.filter((o) => o.outcome === 'won' && o.closedAt && managed(o) && segmentOf(o) === story.segment
      && dayFromIsoDate(o.closedAt) <= asOfDay - 20);
    if (won.length === 0) return;
    const deal = random.pick(won);
    innovations.push({
      story: index, dealRef: deal.externalId, authorRef: managerOf.get(deal.ownerRef)!,
      createdOn: isoDateFromDay(Math.min(asOfDay - 1, dayFromIsoDate(deal.closedAt!) + random.int(2, 12))),
      title: story.title, segment: story.segment, obstacle: story.obstacle, situation: story.situation, approach: story.approach,
      lesson: story.lesson, result: story.result,
    });
  });

  // The longest stuck open deals (oldest latest stage change), of different managers.
  const lastMove = new Map<string, number>();
  for (const h of org.stageHistory) {
    const day = dayFromIsoDate(h.enteredAt.slice(0, 10));
    if (day <= asOfDay && day > (lastMove.get(h.opportunityRef) ?? -Infinity)) lastMove.set(h.opportunityRef, day);
  }
  const stuck = org.opportunities.filter((o) => o.outcome === 'open' && managed(o) && lastMove.has(o.externalId))
    .sort((a, b) => lastMove.get(a.externalId)! - lastMove.get(b.externalId)! || a.externalId.localeCompare(b.externalId));
  const [first] = stuck;
  const second = stuck.find((o) => first && managerOf.get(o.ownerRef) !== managerOf.get(first.ownerRef)) ?? stuck[1];
  const sessions: DemoCoCreation[] = [];
  if (first) {
    // The finished session reused the library's status-quo story, of the deal's segment when there is one.
    const captured = (i: number) => innovations.some((n) => n.story === i);
    const statusQuo = DEMO_STORIES.map((s, i) => ({ s, i })).filter(({ s, i }) => s.obstacle === 'status_quo' && captured(i));
    const reused = (statusQuo.find(({ s }) => s.segment === segmentOf(first)) ?? statusQuo[0])?.i;
    const heldDay = asOfDay - 10;
    sessions.push({
      dealRef: first.externalId, managerRef: managerOf.get(first.ownerRef)!, openedOn: isoDateFromDay(heldDay), heldOn: isoDateFromDay(heldDay),
      step: 'share', obstacle: 'status_quo', why: 'The steering group sees no urgency: the current tool is "good enough" and nobody owns the cost of the workarounds.',
      decision: 'Make the cost of waiting visible in their own figures and let a peer customer tell the story; no discount.',
      ideas: FINISHED_IDEAS, outcome: { result: 'advanced', note: 'The steering group asked for a proposal for next quarter.', on: isoDateFromDay(asOfDay - 2) },
      reuses: reused === undefined ? [] : [reused],
    });
  }
  if (second && second !== first) {
    sessions.push({
      dealRef: second.externalId, managerRef: managerOf.get(second.ownerRef)!, openedOn: isoDateFromDay(asOfDay - 1), heldOn: null,
      step: 'create', obstacle: 'price_budget', why: 'Procurement says the budget for this year is spent; the champion still wants it.',
      decision: null, ideas: OPEN_IDEAS, outcome: null, reuses: [],
    });
  }

  // A few managers tried innovations on other open deals of their teams.
  const reuses: DemoReuse[] = [];
  const open = org.opportunities.filter((o) => o.outcome === 'open' && managed(o) && !sessions.some((s) => s.dealRef === o.externalId));
  for (const innovation of innovations.slice(0, 6)) {
    const candidates = open.filter((o) => segmentOf(o) === innovation.segment);
    const times = random.int(0, 2);
    for (let i = 0; i < times && candidates.length > 0; i += 1) {
      const deal = random.pick(candidates);
      if (reuses.some((r) => r.story === innovation.story && r.dealRef === deal.externalId)) continue;
      const on = Math.max(dayFromIsoDate(innovation.createdOn) + 1, asOfDay - random.int(1, 30));
      reuses.push({ story: innovation.story, dealRef: deal.externalId, byRef: managerOf.get(deal.ownerRef)!, on: isoDateFromDay(Math.min(on, asOfDay)) });
    }
  }
  return { sessions, innovations, reuses };
}
