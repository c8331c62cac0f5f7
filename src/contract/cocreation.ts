// Co-creation sessions (SPEC §4.10, docs/innovation.md): a manager and the deal's owner work
// round an obstacle that stalls a deal — Investigate (stakeholders, obstacle and why), Create
// (ideas through the nine SCAMMPERR lenses, with prompts fitted to the obstacle), Share (the
// chosen ideas, the decision, dated commitments for the rep) — and later record the outcome.
import { z } from '@hono/zod-openapi';
import { Commitment, Day } from './coaching.ts';

const Id = z.number().int();
const Ref = z.object({ id: Id, name: z.string() });

export const ObstacleCategory = z.enum([
  'price_budget', 'status_quo', 'competing_priority', 'stakeholder_resistance', 'risk_compliance', 'timing', 'technical_fit', 'other',
]).openapi({ description: 'What blocks the deal (SPEC §4.10): price/budget, status quo / no decision, competing priority, stakeholder resistance, risk/compliance, timing, technical fit, other.' });
export type ObstacleCategory = z.infer<typeof ObstacleCategory>;

export const Lens = z.enum([
  'substitute', 'combine', 'adapt', 'magnify', 'modify', 'put_to_other_uses', 'eliminate', 'rearrange', 'reverse',
]).openapi({ description: 'The nine SCAMMPERR lenses.' });
export type Lens = z.infer<typeof Lens>;

export const CoCreationStep = z.enum(['investigate', 'create', 'share']);
export const OutcomeResult = z.enum(['won', 'advanced', 'no_change'])
  .openapi({ description: 'What happened after the session: the deal was won, moved forward, or nothing changed.' });
export type OutcomeResult = z.infer<typeof OutcomeResult>;

export const StakeholderStance = z.enum(['champion', 'supporter', 'neutral', 'skeptic', 'blocker']);
export const StakeholderInfluence = z.enum(['low', 'medium', 'high']);

export const Stakeholder = z.object({
  id: Id,
  name: z.string(),
  role: z.string().nullable(),
  influence: StakeholderInfluence.nullable(),
  stance: StakeholderStance.nullable(),
  engaged: z.boolean().openapi({ description: 'Engaged on or before the as-of date (or today).' }),
  engagedOn: Day.nullable(),
}).openapi('Stakeholder');

export const StakeholderRequest = z.object({
  name: z.string().trim().min(1, 'name the person').max(200),
  role: z.string().trim().max(200).nullable().optional(),
  influence: StakeholderInfluence.nullable().optional(),
  stance: StakeholderStance.nullable().optional(),
  engaged: z.boolean().optional().openapi({ description: 'True sets the engage date to today (if unset); false clears it.' }),
}).openapi('StakeholderRequest');

export const StakeholderPatch = StakeholderRequest.partial().openapi('StakeholderPatch');

export const DiscountCheck = z.object({
  isDiscount: z.boolean(),
  matched: z.string().nullable().openapi({ description: 'The words that made it a discount or price cut, e.g. "15% off".' }),
  reason: z.string().nullable().openapi({ description: 'Why, in plain words; null when it is not one.' }),
}).openapi('DiscountCheck');

export const Idea = z.object({
  id: Id,
  lens: Lens,
  text: z.string(),
  chosen: z.boolean(),
  discount: DiscountCheck,
  commitmentIds: z.array(Id).openapi({ description: 'Commitments made from this idea.' }),
  createdAt: z.string(),
}).openapi('CoCreationIdea');

export const IdeaRequest = z.object({
  lens: Lens,
  text: z.string().trim().min(1, 'write the idea').max(2000),
  chosen: z.boolean().default(false),
}).openapi('CoCreationIdeaRequest');

export const IdeaPatch = z.object({
  lens: Lens.optional(),
  text: z.string().trim().min(1, 'write the idea').max(2000).optional(),
  chosen: z.boolean().optional(),
}).openapi('CoCreationIdeaPatch');

export const LensPrompts = z.object({
  lens: Lens,
  name: z.string().openapi({ example: 'Put to other uses' }),
  summary: z.string().openapi({ description: 'What the lens asks, in one line.' }),
  prompts: z.array(z.string()).openapi({ description: "General prompts first, then those fitted to the session's obstacle category." }),
}).openapi('LensPrompts');

export const PromptsQuery = z.object({ obstacle: ObstacleCategory.optional() });
export const PromptsResponse = z.object({
  obstacleCategory: ObstacleCategory.nullable(),
  lenses: z.array(LensPrompts),
}).openapi('CoCreationPrompts');

export const ThinkingWarning = z.object({
  code: z.enum(['all_discount', 'few_lenses', 'no_ideas', 'none_chosen']),
  text: z.string(),
}).openapi('ThinkingWarning');

export const OpeningThinking = z.object({
  ideas: z.number().int(),
  chosen: z.number().int(),
  lensesUsed: z.number().int().openapi({ description: 'Lenses with at least one idea, out of 9.' }),
  lensesTotal: z.literal(9),
  unusedLenses: z.array(Lens),
  discountIdeas: z.number().int(),
  allDiscount: z.boolean().openapi({ description: 'Every idea (at least one) is a discount or price cut.' }),
  level: z.enum(['not_started', 'narrow', 'opening', 'open']),
  reading: z.string().openapi({ description: 'A plain-words reading of how widely the session has looked.' }),
  warnings: z.array(ThinkingWarning),
}).openapi('OpeningThinking');

export const CoCreationOutcome = z.object({
  result: OutcomeResult,
  note: z.string().nullable(),
  recordedOn: Day,
  recordedBy: Ref.nullable(),
}).openapi('CoCreationOutcome');

export const CoCreationDeal = z.object({
  id: Id, externalId: z.string(), name: z.string(),
  owner: Ref, segment: z.string().nullable(),
  stageName: z.string(), outcome: z.enum(['open', 'won', 'lost', 'no_decision']),
  amount: z.number().nullable(), currency: z.string().nullable(),
}).openapi('CoCreationDeal');

export const CoCreationSummary = z.object({
  id: Id.openapi({ description: 'The coaching session id (kind co_creation).' }),
  status: z.enum(['planned', 'held', 'cancelled', 'missed']),
  step: CoCreationStep,
  manager: Ref,
  deal: Ref.openapi({ description: 'The deal the session works on.' }),
  rep: Ref.openapi({ description: "The deal's owner." }),
  obstacleCategory: ObstacleCategory.nullable(),
  obstacle: z.string().nullable(),
  ideas: z.number().int(),
  chosen: z.number().int(),
  outcome: OutcomeResult.nullable(),
  innovationId: Id.nullable(),
  date: Day.openapi({ description: 'Held day, else the day it was opened (UTC).' }),
}).openapi('CoCreationSummary');

export const CoCreationSession = z.object({
  id: Id.openapi({ description: 'The coaching session id (kind co_creation).' }),
  status: z.enum(['planned', 'held', 'cancelled', 'missed']),
  step: CoCreationStep,
  deal: CoCreationDeal,
  manager: Ref,
  rep: Ref.openapi({ description: "The deal's owner: their commitments come from this session." }),
  createdAt: z.string(),
  heldAt: z.string().nullable(),
  obstacleCategory: ObstacleCategory.nullable(),
  obstacle: z.string().nullable().openapi({ description: 'Why the deal is blocked, in words.' }),
  decision: z.string().nullable(),
  stakeholders: z.array(Stakeholder).openapi({ description: "The deal's stakeholders (the stakeholders table; edits write through)." }),
  ideas: z.array(Idea),
  prompts: z.array(LensPrompts).openapi({ description: 'The nine lenses with prompts fitted to the obstacle category.' }),
  openingThinking: OpeningThinking,
  commitments: z.array(Commitment).openapi({ description: "The rep's commitments from this session." }),
  outcome: CoCreationOutcome.nullable(),
  innovation: z.object({ id: Id, title: z.string() }).nullable().openapi({ description: 'The innovation captured from this session.' }),
  reusedInnovations: z.array(z.object({ id: Id, title: z.string() })).openapi({ description: 'Library innovations marked as used in this session.' }),
  canEdit: z.boolean().openapi({ description: "The owner's manager (and those above them, leaders, admins) may edit; the rep reads." }),
  canCapture: z.boolean().openapi({ description: 'An outcome of won or advanced is recorded and nothing is captured yet.' }),
}).openapi('CoCreationSession');
export type CoCreationSession = z.infer<typeof CoCreationSession>;

export const CreateCoCreationRequest = z.object({
  obstacleCategory: ObstacleCategory.nullable().optional(),
  obstacle: z.string().trim().max(4000).nullable().optional(),
}).openapi('CreateCoCreationRequest');

export const CoCreationPatch = z.object({
  step: CoCreationStep.optional(),
  obstacleCategory: ObstacleCategory.nullable().optional(),
  obstacle: z.string().trim().max(4000).nullable().optional(),
  decision: z.string().trim().max(4000).nullable().optional(),
  status: z.enum(['held', 'cancelled']).optional().openapi({ description: "'held' marks the session as held now (once)." }),
}).openapi('CoCreationPatch');

export const CoCreationCommitmentRequest = z.object({
  text: z.string().trim().min(1, 'name the next step').max(1000),
  dueOn: Day.openapi({ description: 'On or after today, within 120 days.' }),
  ideaId: Id.optional().openapi({ description: 'The chosen idea this next step carries out.' }),
}).openapi('CoCreationCommitmentRequest');

export const OutcomeRequest = z.object({
  result: OutcomeResult,
  note: z.string().trim().max(4000).nullable().optional(),
}).openapi('CoCreationOutcomeRequest');

export const CoCreationListQuery = z.object({
  dealId: z.coerce.number().int().optional(),
});
export const CoCreationList = z.object({ items: z.array(CoCreationSummary) }).openapi('CoCreationList');

export type Stakeholder = z.infer<typeof Stakeholder>;
export type CoCreationSummary = z.infer<typeof CoCreationSummary>;
export type Idea = z.infer<typeof Idea>;
export type OpeningThinking = z.infer<typeof OpeningThinking>;
export type LensPrompts = z.infer<typeof LensPrompts>;
