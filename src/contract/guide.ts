// The coaching guide API's shapes (SPEC §4.7, docs/coaching-guide.md): the org's guide with
// its stage KPIs, and the admin's edits of stages, behaviours, questions and benchmarks.
import { z } from '@hono/zod-openapi';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'no such date');

export const GuideQuery = z.object({
  asOf: day.optional().openapi({ description: 'Stage medians as of this date; default: today, or the last date in the data when all of it is over a year old.' }),
  windowDays: z.coerce.number().int().min(7).max(3660).default(180),
});

export const GuideBehaviour = z.object({
  id: z.number().int(), key: z.string(), name: z.string(), description: z.string(), position: z.number().int(),
}).openapi('GuideBehaviour');

export const GuideStageBehaviour = GuideBehaviour.extend({
  observations: z.number().int().openapi({ description: 'Observations that rate this behaviour; deleting it deletes them.' }),
}).openapi('GuideStageBehaviour');

export const GuideQuestion = z.object({
  id: z.number().int(), text: z.string(), behaviourId: z.number().int().nullable(), behaviourKey: z.string().nullable(),
  position: z.number().int(),
}).openapi('GuideQuestion');

export const GuideStageKpis = z.object({
  conversion: z.object({
    nextStageName: z.string(),
    target: z.number().nullable().openapi({ description: 'The admin\'s target (kpi_targets stage_conversion:<key>), a fraction.' }),
    median: z.number().nullable().openapi({ description: 'Median conversion of the reps with at least 5 deals reaching the stage in the window.' }),
    medianReps: z.number().int(),
    benchmark: z.number().nullable().openapi({ description: 'What gaps are measured against: the target, else the median.' }),
    basis: z.enum(['target', 'median']).nullable(),
  }),
  daysInStage: z.object({
    expected: z.number().int().nullable(),
    median: z.number().nullable(),
    entries: z.number().int(),
  }),
}).openapi('GuideStageKpis');

export const GuideStage = z.object({
  id: z.number().int(), key: z.string(), name: z.string(), position: z.number().int(), expectedDays: z.number().int().nullable(),
  suggestedDefaultStage: z.string().nullable().openapi({ description: 'The default guide stage this stage most likely means, to copy behaviours from.' }),
  behaviours: z.array(GuideStageBehaviour), questions: z.array(GuideQuestion), kpis: GuideStageKpis,
}).openapi('GuideStage');

const PrintFit = z.object({
  bodyPt: z.number().nullable().openapi({ description: 'Body type size the page is set at; null when a stage is too long even at 7 pt.' }),
  overflowing: z.array(z.string()).openapi({ description: 'Keys of the stages too long at 7 pt.' }),
}).openapi('GuidePrintFit');

export const GuideResponse = z.object({
  orgName: z.string().nullable(),
  asOf: day,
  windowDays: z.number().int(),
  window: z.object({ from: day, to: day }),
  stageReason: z.string().nullable(),
  stages: z.array(GuideStage),
  print: z.object({ a4: PrintFit, letter: PrintFit }).optional()
    .openapi({ description: 'How the one-page guide prints on each paper, estimated (docs/coaching-guide.md "Printing").' }),
}).openapi('Guide');

export const DefaultGuideResponse = z.object({
  stages: z.array(z.object({
    key: z.string(), name: z.string(),
    behaviours: z.array(z.object({ key: z.string(), name: z.string(), description: z.string() })),
    questions: z.array(z.object({ text: z.string(), behaviourKey: z.string().nullable() })),
  })),
}).openapi('DefaultGuide');

export const PrintQuery = z.object({
  paper: z.enum(['a4', 'letter']).default('a4'),
  bodyPt: z.coerce.number().refine((v) => [10, 9.5, 9, 8.5, 8, 7.5, 7].includes(v), 'one of 10, 9.5, 9, 8.5, 8, 7.5, 7').optional()
    .openapi({ description: 'Body type size in points; default: the largest estimated to fit one page.' }),
}).merge(GuideQuery);

const text = (max: number, what: string) => z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);

export const StagePatchRequest = z.object({
  name: text(60, 'the stage name').optional(),
  expectedDays: z.number().int().min(1).max(730).nullable().optional().openapi({ description: 'Expected days in the stage; null clears.' }),
  conversionTarget: z.number().gt(0).max(1).nullable().optional()
    .openapi({ description: 'Conversion benchmark target, a fraction (0.6 = 60 %); null clears it so the median is used.' }),
}).strict().refine((v) => Object.keys(v).length > 0, 'change at least one of name, expectedDays, conversionTarget').openapi('StagePatch');

export const StageSettingsResponse = z.object({
  id: z.number().int(), key: z.string(), name: z.string(), expectedDays: z.number().int().nullable(), conversionTarget: z.number().nullable(),
}).openapi('StageSettings');

export const BehaviourRequest = z.object({
  name: text(80, 'the behaviour name'),
  description: z.string().trim().max(240, 'the description is longer than 240 characters').default(''),
}).strict().openapi('BehaviourRequest');

export const BehaviourPatchRequest = z.object({
  name: text(80, 'the behaviour name').optional(),
  description: z.string().trim().max(240, 'the description is longer than 240 characters').optional(),
}).strict().refine((v) => Object.keys(v).length > 0, 'change the name or the description').openapi('BehaviourPatch');

export const BehaviourOrderRequest = z.object({
  behaviourIds: z.array(z.number().int()).max(100),
}).strict().openapi('BehaviourOrder');

export const BehaviourListResponse = z.object({ items: z.array(GuideBehaviour) });

export const QuestionOrderRequest = z.object({
  questionIds: z.array(z.number().int()).max(100),
}).strict().openapi('QuestionOrder');

export const QuestionListResponse = z.object({ items: z.array(GuideQuestion) });

export const DeleteBehaviourQuery = z.object({
  force: z.enum(['true', 'false']).default('false').transform((v) => v === 'true')
    .openapi({ description: 'Delete even when managers have rated the behaviour (their observations go too).' }),
});

export const DeletedBehaviourResponse = z.object({
  id: z.number().int(), key: z.string(), observationsDeleted: z.number().int(), questionsUnlinked: z.number().int(),
}).openapi('DeletedBehaviour');

export const QuestionRequest = z.object({
  text: text(200, 'the question'),
  behaviourId: z.number().int().nullable().default(null),
}).strict().openapi('QuestionRequest');

export const QuestionPatchRequest = z.object({
  text: text(200, 'the question').optional(),
  behaviourId: z.number().int().nullable().optional(),
}).strict().refine((v) => Object.keys(v).length > 0, 'change the text or the behaviour').openapi('QuestionPatch');

export const CopyDefaultRequest = z.object({
  fromStageKey: z.string().min(1).max(60).openapi({ description: 'A stage of the default guide: prospect, discover, teach, solution, proposal, negotiate, close.' }),
  questions: z.boolean().default(true),
}).strict().openapi('CopyDefaultRequest');

export const CopyDefaultResponse = z.object({
  behaviours: z.array(GuideBehaviour),
  questionsCopied: z.number().int(),
  skipped: z.array(z.object({ key: z.string(), name: z.string() })),
}).openapi('CopyDefaultResult');
