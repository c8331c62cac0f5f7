// The analytics API's shapes (docs/analytics.md): KPIs with their samples, segments,
// quadrants, stage funnels, gaps turned into coaching focuses, and the coaching queue.
import { z } from '@hono/zod-openapi';
import { Page } from './api.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'no such date');

export const AnalysisQuery = z.object({
  asOf: day.optional().openapi({ description: 'Analyse as of this date; default: today, or the last date in the data when all of it is over a year old.' }),
  windowDays: z.coerce.number().int().min(7).max(3660).default(180),
  cutPoints: z.string().regex(/^0?\.\d+,0?\.\d+$|^0,0$/, 'two fractions "bottom,star", e.g. 0.2,0.2')
    .refine((v) => v.split(',').reduce((s, x) => s + Number(x), 0) <= 1, 'the two cut points add up to more than 1')
    .transform((v) => { const [bottom, star] = v.split(',').map(Number) as [number, number]; return { bottom, star }; })
    .optional().openapi({ description: 'Segment cut points "bottom,star" as fractions; default 0.2,0.2.' }),
});

export const Rate = z.object({ value: z.number().nullable(), sample: z.number().int(), lowConfidence: z.boolean() }).openapi('Rate');

export const Kpis = z.object({
  wonCount: z.number().int(),
  lostCount: z.number().int(),
  noDecisionCount: z.number().int(),
  winRate: Rate,
  winRateValue: z.number().nullable(),
  wonValue: z.number().nullable(),
  avgDealSize: z.number().nullable(),
  cycleDaysMedian: z.number().nullable(),
  cycleSample: z.number().int(),
  cycleBasis: z.enum(['created', 'engaged_or_first_stage', 'mixed']).nullable(),
  openCount: z.number().int(),
  openValue: z.number().nullable(),
  velocity: z.number().nullable(),
  noDecisionRate: Rate,
  activitiesPerWeek: z.number().nullable(),
  activitiesByType: z.record(z.string(), z.number()).nullable(),
  connectRate: Rate.nullable(),
  reasons: z.record(z.string(), z.string()),
}).openapi('Kpis');

export const Segment = z.enum(['star', 'core', 'bottom', 'ramping']);
export const Quadrant = z.enum(['earned', 'bad_break', 'lucky', 'poetic_justice']);

const Window = z.object({ from: day, to: day });

export const StageRow = z.object({
  ord: z.number().int(),
  key: z.string(),
  name: z.string(),
  transition: z.string(),
  cohort: z.number().int(),
  conversion: Rate,
  toWon: Rate,
  benchmark: z.number().nullable(),
  benchmarkBasis: z.enum(['target', 'median']).nullable(),
  atOrAboveBenchmark: z.boolean().nullable(),
}).openapi('StageRow');

export const RepRow = z.object({
  id: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  managerId: z.number().int().nullable(),
  managerName: z.string().nullable(),
  hiredAt: z.string().nullable(),
  segment: Segment,
  segmentReason: z.string(),
  quadrant: Quadrant.nullable(),
  quadrantAdvice: z.string(),
  processScore: z.number().nullable(),
  attainment: z.number().nullable(),
  attainmentBasis: z.enum(['quota', 'peer_median']).nullable(),
  quota: z.number().nullable(),
  kpis: Kpis,
}).openapi('RepRow');

const AnalysisMeta = {
  asOf: day,
  windowDays: z.number().int(),
  window: Window,
  stageReason: z.string().nullable(),
};

export const RepsQuery = AnalysisQuery.merge(Page).extend({
  managerId: z.coerce.number().int().optional().openapi({ description: "Only this manager's subtree." }),
});

export const RepsResponse = z.object({
  ...AnalysisMeta,
  items: z.array(RepRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
}).openapi('Reps');

export const FocusBehaviour = z.object({
  id: z.number().int(), key: z.string(), name: z.string(), description: z.string(),
  latestRating: z.number().int().nullable(), ratedOn: z.string().nullable(),
});

export const CoachingFocus = z.object({
  stage: z.string(),
  ord: z.number().int(),
  transition: z.string(),
  enteredStage: z.number().int(),
  repConversion: Rate,
  benchmarkConversion: z.number().nullable(),
  repDownstreamToWon: Rate,
  repAvgDealSize: z.number().nullable(),
  impact: z.number(),
  behaviours: z.array(FocusBehaviour),
  questions: z.array(z.string()),
  summary: z.string(),
}).openapi('CoachingFocus');

const StageTime = z.object({ entries: z.number().int(), medianDays: z.number().nullable(), p80Days: z.number().nullable() });

export const RepDetailResponse = z.object({
  ...AnalysisMeta,
  rep: RepRow.extend({
    stages: z.array(StageRow),
    activity: z.object({ perWeek: z.number(), benchmark: z.number(), atOrAboveBenchmark: z.boolean() }).nullable(),
    processMeasures: z.number().int(),
    processMeasuresMet: z.number().int(),
  }),
  focuses: z.array(CoachingFocus),
  trend: z.array(z.object({ month: z.string(), won: z.number().int(), closed: z.number().int(), wonAmount: z.number() })),
  timeInStage: z.array(z.object({ stageOrd: z.number().int(), name: z.string(), rep: StageTime.nullable(), org: StageTime.nullable() })),
  lastCoachedOn: z.string().nullable(),
  commitmentsDue: z.number().int(),
}).openapi('RepDetail');

export const QueueItem = z.object({
  repId: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  segment: Segment,
  segmentReason: z.string(),
  quadrant: Quadrant.nullable(),
  priority: z.number(),
  why: z.string(),
  daysSinceCoaching: z.number().int().nullable(),
  lastCoachedOn: z.string().nullable(),
  commitmentsDue: z.number().int(),
  attainment: z.number().nullable(),
  attainmentBasis: z.enum(['quota', 'peer_median']).nullable(),
  focus: CoachingFocus.nullable(),
}).openapi('QueueItem');

export const QueueQuery = AnalysisQuery.extend({
  managerId: z.coerce.number().int().optional().openapi({ description: 'Default: the signed-in manager.' }),
});

export const QueueResponse = z.object({
  asOf: day,
  windowDays: z.number().int(),
  weekEnd: day,
  manager: z.object({ id: z.number().int(), name: z.string() }),
  coach: z.array(QueueItem),
  talentFit: z.array(QueueItem),
  lightTouch: z.array(QueueItem),
}).openapi('CoachingQueue');

export const Distribution = z.object({
  segments: z.record(Segment, z.number().int()),
  quadrants: z.record(z.enum(['earned', 'bad_break', 'lucky', 'poetic_justice', 'unknown']), z.number().int()),
});

export const TeamQuery = AnalysisQuery.extend({
  managerId: z.coerce.number().int().optional().openapi({ description: "A manager's team; default: the signed-in manager's, or the whole org for a leader or admin." }),
});

export const TeamResponse = z.object({
  ...AnalysisMeta,
  scope: z.object({ kind: z.enum(['team', 'org']), managerId: z.number().int().nullable(), name: z.string() }),
  kpis: Kpis,
  repCount: z.number().int(),
  funnel: z.array(StageRow),
  distribution: Distribution,
  reps: z.array(RepRow),
  teams: z.array(z.object({
    managerId: z.number().int(), managerName: z.string(), repCount: z.number().int(), distribution: Distribution,
    winRate: z.number().nullable(), wonValue: z.number().nullable(), attainmentMedian: z.number().nullable(),
  })),
}).openapi('TeamSummary');

export type RepsResponse = z.infer<typeof RepsResponse>;
export type RepRow = z.infer<typeof RepRow>;
export type RepDetailResponse = z.infer<typeof RepDetailResponse>;
export type QueueResponse = z.infer<typeof QueueResponse>;
export type QueueItem = z.infer<typeof QueueItem>;
export type TeamResponse = z.infer<typeof TeamResponse>;
export type Kpis = z.infer<typeof Kpis>;
export type StageRow = z.infer<typeof StageRow>;
export type CoachingFocus = z.infer<typeof CoachingFocus>;
