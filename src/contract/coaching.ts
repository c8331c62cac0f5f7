// The coaching practice's API shapes (docs/sessions.md, docs/privacy.md): observations,
// PAUSE sessions with their generated Prepare and live Specify check, commitments and their
// review, and the org's privacy setting. A session's optional fields are absent (not null)
// when the caller may not see them: the rep's summary has no prepare / affirm / understand /
// observations / review, and `privateNote` is present only for whom may read it.
import { z } from '@hono/zod-openapi';
import { Page, pageOf } from './api.ts';

const isRealDate = (v: string) => {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine(isRealDate, 'no such date');
const Instant = z.iso.datetime({ offset: true }).openapi({ description: 'ISO 8601 date-time with a zone, e.g. 2026-06-30T10:00:00Z', example: '2026-06-30T10:00:00Z' });
const Id = z.number().int();
const Text = (max: number) => z.string().max(max);

const Ref = z.object({ id: Id, name: z.string() });
const KeyRef = z.object({ id: Id, key: z.string(), name: z.string() });

// --- Observations -----------------------------------------------------------------------

export const ObservationSource = z.enum(['joint_call', 'recording', 'deal_review', 'call_plan', 'other']);

export const ObservationRequest = z.object({
  repId: Id,
  behaviourId: Id.openapi({ description: "A behaviour of the org's coaching guide." }),
  rating: z.number().int().min(1).max(4).openapi({ description: '1 = not seen / poor … 4 = what good looks like.' }),
  evidence: z.string().trim().min(1, 'say what was seen or heard, and where').max(4000),
  source: ObservationSource,
  observedAt: Day.openapi({ description: 'The day it was observed; not after today.' }),
}).openapi('ObservationRequest');

export const Observation = z.object({
  id: Id, rep: Ref, observer: Ref, behaviour: KeyRef, stage: KeyRef,
  rating: z.number().int(), evidence: z.string(), source: ObservationSource, observedAt: Day,
  createdAt: z.string(),
  sessionId: Id.nullable().openapi({ description: 'The session whose Understand step recorded it, if any.' }),
}).openapi('Observation');

export const ObservationsQuery = Page.extend({ behaviourId: z.coerce.number().int().optional() });
export const ObservationPage = pageOf(Observation).openapi('ObservationPage');

// --- Commitments ------------------------------------------------------------------------

export const CommitmentStatus = z.enum(['open', 'done', 'not_done', 'dropped']);

export const Commitment = z.object({
  id: Id, sessionId: Id, sessionDate: Day, rep: Ref, behaviour: KeyRef.nullable(),
  text: z.string(), dueOn: Day, status: CommitmentStatus,
  reviewedInSessionId: Id.nullable(), reviewedAt: z.string().nullable(), reviewNote: z.string().nullable(),
}).openapi('Commitment');

export const CommitmentRequest = z.object({
  text: z.string().trim().min(1, 'name the observable action').max(1000),
  dueOn: Day.openapi({ description: "On or after the session's day, within 120 days." }),
  behaviourId: Id.nullable().optional().openapi({ description: "Default: the session's behaviour." }),
  repId: Id.optional().openapi({ description: "Only in a team skill session: whose commitment it is. Default: the session's rep." }),
}).openapi('CommitmentRequest');

export const CommitmentPatch = z.object({
  text: z.string().trim().min(1).max(1000).optional(),
  dueOn: Day.optional(),
  behaviourId: Id.nullable().optional(),
}).openapi('CommitmentPatch');

export const ReviewRequest = z.object({
  status: z.enum(['done', 'not_done', 'dropped']),
  note: Text(2000).nullable().optional(),
  sessionId: Id.openapi({ description: 'The later session (run by the caller, with the same rep) in which it is reviewed.' }),
}).openapi('CommitmentReview');

export const CommitmentsQuery = Page.extend({
  repId: z.coerce.number().int().optional(),
  status: CommitmentStatus.optional(),
  sessionId: z.coerce.number().int().optional(),
  dueBy: Day.optional().openapi({ description: 'Only those due on or before this day.' }),
});
export const CommitmentPage = pageOf(Commitment).openapi('CommitmentPage');

// --- Sessions ---------------------------------------------------------------------------

export const SessionKind = z.enum(['one_on_one', 'deal', 'team_skill', 'co_creation']);
export const SessionStatus = z.enum(['planned', 'held', 'cancelled', 'missed']);

const SummaryFields = {
  id: Id,
  kind: SessionKind,
  status: SessionStatus,
  manager: Ref,
  rep: Ref.nullable().openapi({ description: 'Null for a team skill session.' }),
  opportunity: Ref.nullable(),
  scheduledAt: z.string().nullable(),
  heldAt: z.string().nullable(),
  durationMin: z.number().int().nullable(),
  date: Day.openapi({ description: 'The held day, else the scheduled day (UTC).' }),
  stage: KeyRef.nullable(),
  behaviour: KeyRef.nullable(),
  specify: z.string().nullable(),
  embed: z.string().nullable(),
};

export const SessionListItem = z.object({ ...SummaryFields, commitmentCount: z.number().int() }).openapi('CoachingSessionListItem');
export const SessionPage = pageOf(SessionListItem).openapi('CoachingSessionPage');

export const SessionDetail = z.object({
  ...SummaryFields,
  view: z.enum(['full', 'summary']).openapi({ description: "'summary' is what the rep sees." }),
  canEdit: z.boolean().openapi({ description: 'True for the manager who runs the session.' }),
  affirmReminder: z.string(),
  commitments: z.array(Commitment).openapi({ description: 'Agreed in this session (in a team session\'s summary, only the caller\'s).' }),
  prepare: z.string().nullable().optional(),
  affirm: z.string().nullable().optional(),
  understand: z.string().nullable().optional(),
  observations: z.array(Observation).optional(),
  review: z.object({ due: z.array(Commitment), open: z.array(Commitment), reviewed: z.array(Commitment) }).optional()
    .openapi({ description: "Earlier commitments of the rep: open and due by the session's day, open and not yet due, and those reviewed in this session." }),
  privateNote: z.string().nullable().optional().openapi({ description: "The manager's private note: present only for the session's manager, and for leaders, admins and managers above when the org allows it." }),
}).openapi('CoachingSession');

export const SessionsQuery = Page.extend({
  repId: z.coerce.number().int().optional(),
  managerId: z.coerce.number().int().optional(),
  status: SessionStatus.optional(),
  kind: SessionKind.optional(),
  from: Day.optional().openapi({ description: "Sessions on or after this day (held, else scheduled)." }),
  to: Day.optional(),
  order: z.enum(['asc', 'desc']).default('desc').openapi({ description: "By the session's time; 'asc' for upcoming." }),
});

export const CreateSessionRequest = z.object({
  kind: z.enum(['one_on_one', 'deal', 'team_skill']),
  repId: Id.nullable().optional().openapi({ description: 'Required for one_on_one and deal; absent for team_skill.' }),
  opportunityId: Id.nullable().optional().openapi({ description: "A deal session's deal (the rep's)." }),
  status: z.enum(['planned', 'held']).default('planned'),
  scheduledAt: Instant.nullable().optional().openapi({ description: 'Required when planned.' }),
  heldAt: Instant.nullable().optional().openapi({ description: 'When created as held; default now.' }),
  durationMin: z.number().int().min(1).max(480).nullable().optional().openapi({ description: 'Required when created as held.' }),
  stageId: Id.nullable().optional(),
  behaviourId: Id.nullable().optional().openapi({ description: 'Sets the stage too.' }),
}).openapi('CreateCoachingSession');

const Step = Text(20_000).nullable().optional();

export const SessionPatch = z.object({
  prepare: Step, affirm: Step, understand: Step, specify: Step, embed: Step, privateNote: Step,
  stageId: Id.nullable().optional(),
  behaviourId: Id.nullable().optional(),
  opportunityId: Id.nullable().optional(),
  scheduledAt: Instant.nullable().optional().openapi({ description: 'Planned sessions only.' }),
  heldAt: Instant.optional().openapi({ description: 'Held sessions only (a correction).' }),
  durationMin: z.number().int().min(1).max(480).nullable().optional(),
}).openapi('CoachingSessionPatch');

export const HoldRequest = z.object({
  heldAt: Instant.optional().openapi({ description: 'Default: now.' }),
  durationMin: z.number().int().min(1).max(480).optional().openapi({ description: "Default: the planned duration; required if there is none." }),
}).openapi('HoldCoachingSession');

export const UnderstandRequest = z.object({
  text: Step.openapi({ description: 'The observed behaviour in words (saved as the Understand step).' }),
  rating: z.number().int().min(1).max(4).optional().openapi({ description: 'With a rating, the step records an observation.' }),
  evidence: Text(4000).optional().openapi({ description: 'Default: the text.' }),
  source: ObservationSource.optional().openapi({ description: "Default: 'other'." }),
  behaviourId: Id.optional().openapi({ description: "Default: the session's behaviour (which it becomes, if the session had none)." }),
  repId: Id.optional().openapi({ description: 'Team skill sessions only: the rep observed.' }),
  observedAt: Day.optional().openapi({ description: "Default: the session's day, or today if that is later." }),
}).openapi('UnderstandStep');

export const SpecifyCheckRequest = z.object({
  text: Text(20_000),
  behaviourKey: z.string().max(200).nullable().optional().openapi({ description: "Default: the session's behaviour." }),
  commitments: z.array(z.object({ text: Text(1000), dueOn: z.string().max(40).nullable() })).max(20).optional()
    .openapi({ description: 'Draft commitments not saved yet; those saved in the session count too.' }),
}).openapi('SpecifyCheckRequest');

export const SpecifyCheckResponse = z.object({
  warnings: z.array(z.object({ code: z.enum(['outcome_language', 'generic', 'no_behaviour', 'no_commitment']), message: z.string() })),
  behaviourKey: z.string().nullable(),
  guide: z.enum(['org', 'default']).openapi({ description: "Whose behaviours the text was checked against: the org's guide, or the default one when the org has none." }),
}).openapi('SpecifyCheckResult');

// --- Prepare ----------------------------------------------------------------------------

const PrepareBehaviour = z.object({
  id: Id, key: z.string(), name: z.string(), description: z.string(), stageId: Id,
  latestRating: z.number().int().nullable(), ratedOn: z.string().nullable(),
});
const PrepareStage = z.object({ id: Id, key: z.string(), name: z.string() });
const PrepareCommitment = z.object({
  id: Id, sessionId: Id, repId: Id, text: z.string(), dueOn: Day, status: CommitmentStatus,
  reviewedInSessionId: Id.nullable(), behaviourName: z.string().nullable(),
});

export const PrepareQuery = z.object({
  asOf: Day.optional().openapi({ description: "Analyse as of this day; default: the session's day, or today for a session still ahead." }),
  windowDays: z.coerce.number().int().min(7).max(3660).optional().openapi({ description: 'The analysis window; default 180 days.' }),
});

export const PrepareResponse = z.object({
  sessionId: Id,
  asOf: Day,
  generated: z.object({
    segment: z.object({ segment: z.string(), reason: z.string(), advice: z.string() }).nullable(),
    quadrant: z.object({ quadrant: z.string().nullable(), advice: z.string() }).nullable(),
    topGap: z.object({
      stageId: Id, stage: PrepareStage.nullable(), transition: z.string(), repConversion: z.number().nullable(),
      benchmarkConversion: z.number().nullable(), impact: z.number(), summary: z.string(), behaviours: z.array(PrepareBehaviour),
    }).nullable(),
    focus: z.object({ stage: PrepareStage, behaviour: PrepareBehaviour.nullable(), reason: z.string() }).nullable(),
    questions: z.array(z.string()),
    commitments: z.object({ due: z.array(PrepareCommitment), open: z.array(PrepareCommitment) }),
    observations: z.array(z.object({
      id: Id, behaviourName: z.string(), rating: z.number().int(), evidence: z.string(), source: z.string(), observedAt: Day, observerName: z.string(),
    })),
    stalledDeals: z.array(z.object({
      id: Id, name: z.string(), stageName: z.string().nullable(), amount: z.number().nullable(), currency: z.string().nullable(),
      signals: z.array(z.object({ code: z.string(), text: z.string() })),
    })),
    draft: z.string().openapi({ description: 'A plain-text Prepare to start from; save the edited text with PATCH { prepare }.' }),
  }),
  saved: z.string().nullable(),
  affirmReminder: z.string(),
}).openapi('SessionPrepare');

// --- Privacy setting --------------------------------------------------------------------

export const CoachingPrivacy = z.object({
  leadersSeePrivateNotes: z.boolean().openapi({ description: "Whether leaders, admins and managers above a session's manager read its private note. Default false." }),
}).openapi('CoachingPrivacy');

export type Observation = z.infer<typeof Observation>;
export type Commitment = z.infer<typeof Commitment>;
export type SessionDetail = z.infer<typeof SessionDetail>;
export type SessionListItem = z.infer<typeof SessionListItem>;
export type PrepareResponse = z.infer<typeof PrepareResponse>;
export type SpecifyCheckResponse = z.infer<typeof SpecifyCheckResponse>;
export type CoachingPrivacy = z.infer<typeof CoachingPrivacy>;
