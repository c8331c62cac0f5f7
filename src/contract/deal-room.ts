// The deal room (SPEC §4.6, §4.10, docs/innovation.md): one deal as of a date — its facts,
// stage history with days in each stage, close-date changes, stakeholders, recent activities,
// stall signals and snooze, its co-creation sessions and the innovations suggested for it.
import { z } from '@hono/zod-openapi';
import { Day } from './coaching.ts';
import { CoCreationSummary, ObstacleCategory, Stakeholder } from './cocreation.ts';
import { InnovationSuggestion } from './innovation.ts';
import { DealSnooze, NotEvaluatedSignal, StallSignal } from './stalls.ts';

const Id = z.number().int();
const Ref = z.object({ id: Id, name: z.string() });

export const DealRoomQuery = z.object({
  asOf: Day.optional().openapi({ description: 'See the deal as of this date; default: today, or the last date in the data when all of it is over a year old (as for stalls).' }),
});

export const DealRoomStage = z.object({ id: Id, key: z.string(), name: z.string(), kind: z.enum(['open', 'won', 'lost', 'no_decision']) });

export const DealFacts = z.object({
  id: Id,
  externalId: z.string(),
  name: z.string(),
  owner: Ref,
  manager: Ref.nullable().openapi({ description: "The owner's manager." }),
  account: z.object({ id: Id, name: z.string(), segment: z.string().nullable(), industry: z.string().nullable() }).nullable(),
  segment: z.string().nullable().openapi({ description: "The deal's segment, else its account's." }),
  product: z.string().nullable(),
  stage: DealRoomStage.openapi({ description: "The stage as of the as-of date (latest stage change by then), else the deal's current stage." }),
  outcome: z.enum(['open', 'won', 'lost', 'no_decision']).openapi({ description: "As of the as-of date: 'open' when it closed later." }),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  createdOn: Day.nullable(),
  engagedOn: Day.nullable(),
  expectedCloseOn: Day.nullable().openapi({ description: 'As it stood on the as-of date.' }),
  closedOn: Day.nullable().openapi({ description: 'Null when it closed after the as-of date.' }),
  lossReason: z.string().nullable(),
}).openapi('DealFacts');

export const StageStay = z.object({
  stage: DealRoomStage,
  enteredOn: Day,
  leftOn: Day.nullable().openapi({ description: 'Null for the stage it is still in on the as-of date.' }),
  days: z.number().int().openapi({ description: 'Days in the stage (to the as-of date for the current one).' }),
  current: z.boolean(),
}).openapi('StageStay');

export const CloseDateChange = z.object({
  changedOn: Day,
  from: Day.nullable(),
  to: Day.nullable(),
  direction: z.enum(['set', 'pushed', 'pulled_in', 'cleared']),
}).openapi('CloseDateChange');

export const DealActivity = z.object({
  id: Id,
  type: z.string(),
  occurredAt: z.string(),
  person: Ref,
  durationMin: z.number().nullable(),
  connected: z.enum(['yes', 'no']).nullable(),
}).openapi('DealActivity');

export const DealStall = z.object({
  open: z.boolean().openapi({ description: 'The deal was open on the as-of date (only open deals are judged).' }),
  stalled: z.boolean().openapi({ description: 'A signal fired and no snooze is running.' }),
  signals: z.array(StallSignal),
  daysInStage: z.number().int().nullable(),
  ageDays: z.number().int().nullable(),
  snooze: DealSnooze.nullable(),
  notEvaluated: z.array(NotEvaluatedSignal),
}).openapi('DealStall');

export const DealRoom = z.object({
  asOf: Day,
  deal: DealFacts,
  stageHistory: z.array(StageStay).openapi({ description: 'Oldest first, up to the as-of date.' }),
  closeDateChanges: z.array(CloseDateChange).openapi({ description: 'Changes of the expected close date up to the as-of date, oldest first.' }),
  closeDatePushes: z.number().int().openapi({ description: 'Changes that moved it later.' }),
  stakeholders: z.array(Stakeholder),
  activities: z.array(DealActivity).openapi({ description: 'The 20 latest up to the as-of date, newest first.' }),
  activityCount: z.number().int().openapi({ description: 'All activities on the deal up to the as-of date.' }),
  stall: DealStall,
  coCreations: z.array(CoCreationSummary).openapi({ description: 'Newest first.' }),
  obstacleCategory: ObstacleCategory.nullable().openapi({ description: "The latest co-creation session's obstacle, used for suggestions." }),
  suggestedInnovations: z.array(InnovationSuggestion).openapi({ description: 'Up to 5 past innovations most relevant to this deal.' }),
  canCoCreate: z.boolean().openapi({ description: "The caller may open a co-creation session on the deal (the owner's manager, those above, leaders, admins)." }),
  canSnooze: z.boolean(),
}).openapi('DealRoom');
export type DealRoom = z.infer<typeof DealRoom>;
