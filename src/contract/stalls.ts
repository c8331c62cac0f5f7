// The stall API's shapes (docs/stalls.md): stalled deals with their signals in words, the
// signals the org's data cannot support, snoozes, and the per-stage threshold overrides.
import { z } from '@hono/zod-openapi';
import { Page } from './api.ts';

const isRealDate = (v: string) => {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine(isRealDate, 'no such date');

export const SignalCode = z.enum(['days_in_stage', 'age_since_engage', 'no_activity', 'close_date_pushed', 'close_date_past', 'single_threaded']);

export const StallSignal = z.object({ code: SignalCode, text: z.string() }).openapi('StallSignal');
export const NotEvaluatedSignal = z.object({ code: SignalCode, reason: z.string() }).openapi('NotEvaluatedSignal');

export const DealSnooze = z.object({
  until: day,
  reason: z.string(),
  createdBy: z.string().nullable().openapi({ description: 'Who snoozed it (name, else e-mail).' }),
  createdAt: z.string(),
  active: z.boolean().openapi({ description: 'Running on the as-of date (until ≥ as-of).' }),
}).openapi('DealSnooze');

export const StalledDeal = z.object({
  id: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  ownerId: z.number().int(),
  ownerName: z.string(),
  stageKey: z.string().nullable(),
  stageName: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  segment: z.string().nullable(),
  daysInStage: z.number().int().nullable().openapi({ description: 'Null without stage history.' }),
  ageDays: z.number().int().nullable().openapi({ description: 'Days in stage, else days since engage; what sort=age orders by.' }),
  expectedCloseOn: z.string().nullable(),
  signals: z.array(StallSignal),
  snooze: DealSnooze.nullable(),
}).openapi('StalledDeal');

export const StallSort = z.enum(['amount', '-amount', 'age', '-age']);

export const StallsQuery = Page.extend({
  asOf: day.optional().openapi({ description: 'Judge as of this date; default: today, or the last date in the data when all of it is over a year old.' }),
  managerId: z.coerce.number().int().optional().openapi({ description: "Only this manager's subtree; default: what the caller may see." }),
  sort: StallSort.default('-amount'),
});

export const StallsResponse = z.object({
  asOf: day,
  scope: z.object({ kind: z.enum(['org', 'team', 'self']), managerId: z.number().int().nullable(), name: z.string() }),
  openDeals: z.number().int().openapi({ description: 'Open deals in scope on the as-of date.' }),
  items: z.array(StalledDeal).openapi({ description: 'Stalled deals (a signal fired, no snooze running), one page.' }),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  sort: StallSort,
  snoozed: z.array(StalledDeal).openapi({ description: 'Deals in scope with a snooze running, whatever their signals.' }),
  notEvaluated: z.array(NotEvaluatedSignal),
}).openapi('Stalls');

export const SnoozeRequest = z.object({
  until: day,
  reason: z.string().trim().min(1, 'say why the deal is paused').max(500),
}).openapi('SnoozeRequest');

export const SnoozeResponse = z.object({ dealId: z.number().int(), snooze: DealSnooze }).openapi('SnoozeResult');

const limit = (description: string) => z.number().int().min(1).max(3650).nullable().default(null).openapi({ description });

export const StallThresholdRequest = z.object({
  stageId: z.number().int().nullable().openapi({ description: "An open stage's id, or null for the org's default for every stage." }),
  daysInStageMax: limit('Fixed limit on days in the stage, instead of the p80 of the deals that left it.'),
  engageDaysMax: limit('Fixed limit on days since engage for deals without stage history, instead of the p80 of won cycles.'),
  inactiveDays: limit('Days without activity on the deal (built-in 14).'),
  closePushesMin: z.number().int().min(1).max(50).nullable().default(null).openapi({ description: 'Close-date pushes that count as a stall (built-in 2).' }),
  engagedMin: z.number().int().min(1).max(50).nullable().default(null).openapi({ description: 'Engaged stakeholders a late-stage deal needs (built-in 2).' }),
  lateStage: z.boolean().nullable().default(null).openapi({ description: 'Check single-threading in this stage (built-in: the last 3 open stages).' }),
}).openapi('StallThresholdRequest');

const Override = StallThresholdRequest.omit({ stageId: true });
const Effective = z.object({
  daysInStageMax: z.number().int().nullable(), engageDaysMax: z.number().int().nullable(), inactiveDays: z.number().int(),
  closePushesMin: z.number().int(), engagedMin: z.number().int(), lateStage: z.boolean(),
});

export const StallThresholdsResponse = z.object({
  org: Override.nullable().openapi({ description: "The org's default row, when set." }),
  stages: z.array(z.object({
    stageId: z.number().int(), key: z.string(), name: z.string(),
    override: Override.nullable(),
    effective: Effective,
  })),
}).openapi('StallThresholds');

export type StallsResponse = z.infer<typeof StallsResponse>;
export type StalledDeal = z.infer<typeof StalledDeal>;
export type StallThresholdsResponse = z.infer<typeof StallThresholdsResponse>;
