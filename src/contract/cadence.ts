// The cadence, calendar and accountability API's shapes (docs/cadences-and-calendar.md,
// docs/accountability.md).
import { z } from '@hono/zod-openapi';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'no such date');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time HH:MM');
const timeZone = z.string().min(1).max(64).regex(/^[A-Za-z0-9_+\-/]+$/, 'expected an IANA time zone, e.g. Europe/Berlin');
const personId = z.coerce.number().int().positive();

export const CadenceKind = z.enum(['one_on_one', 'team_skill', 'deal']);
export const Segment = z.enum(['star', 'core', 'bottom', 'ramping']);

export const Cadence = z.object({
  id: z.number().int(),
  managerId: z.number().int(),
  repId: z.number().int().nullable(),
  repName: z.string().nullable(),
  kind: CadenceKind,
  weekday: z.number().int().min(1).max(7).openapi({ description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
  localTime: z.string(),
  timeZone: z.string(),
  everyWeeks: z.number().int(),
  durationMin: z.number().int(),
  startsOn: z.string(),
  active: z.boolean(),
}).openapi('Cadence');

export const CadenceWithSuggestion = Cadence.extend({
  suggestion: z.object({ everyWeeks: z.number().int(), durationMin: z.number().int(), reason: z.string() }).nullable()
    .openapi({ description: "The 1:1 rhythm the rep's segment suggests (stars: every two weeks, 20 min)." }),
}).openapi('CadenceWithSuggestion');

export const CadencesQuery = z.object({ managerId: personId.optional() });
export const CadencesResponse = z.object({
  manager: z.object({ id: z.number().int(), name: z.string() }),
  timeZone: z.string(),
  cadences: z.array(CadenceWithSuggestion),
}).openapi('Cadences');

const rule = {
  weekday: z.number().int().min(1).max(7),
  localTime,
  timeZone: timeZone.optional(),
  everyWeeks: z.number().int().min(1).max(12).default(1),
  durationMin: z.number().int().min(5).max(480),
  startsOn: day,
};

export const CadenceCreate = z.object({
  managerId: z.number().int().positive().optional().openapi({ description: 'Default: the signed-in manager.' }),
  repId: z.number().int().positive().nullable(),
  kind: CadenceKind,
  ...rule,
}).openapi('CadenceCreate');

export const CadencePatch = z.object({
  weekday: rule.weekday.optional(), localTime: localTime.optional(), timeZone: timeZone.optional(),
  everyWeeks: z.number().int().min(1).max(12).optional(), durationMin: rule.durationMin.optional(),
  startsOn: day.optional(), active: z.boolean().optional(),
}).strict().openapi('CadencePatch');

export const GenerateRequest = z.object({
  managerId: z.number().int().positive().optional(),
  asOf: day.optional().openapi({ description: 'Default: today.' }),
  horizonWeeks: z.number().int().min(1).max(12).default(4),
}).openapi('GenerateSessionsRequest');
export const GenerateResponse = z.object({
  from: z.string(), to: z.string(), wanted: z.number().int(), created: z.number().int(),
}).openapi('GenerateSessionsResult');

export const TimeCategory = z.enum(['coaching', 'deal_support', 'admin', 'resource_allocation', 'selling', 'other']);
export const TimeEntriesQuery = z.object({ managerId: personId.optional(), week: day.optional() });
export const TimeEntriesBody = z.object({
  managerId: z.number().int().positive().optional(),
  week: day.openapi({ description: 'Any date of the ISO week; stored under its Monday.' }),
  entries: z.array(z.object({ category: TimeCategory, hours: z.number().min(0).max(168) })).max(20),
}).openapi('TimeEntriesUpdate');
export const TimeEntriesResponse = z.object({
  managerId: z.number().int(),
  weekStart: z.string(),
  entries: z.array(z.object({ category: TimeCategory, hours: z.number() })),
}).openapi('TimeEntries');

export const CalendarFeed = z.object({
  id: z.number().int(), personId: z.number().int(), createdAt: z.string(), revokedAt: z.string().nullable(),
}).openapi('CalendarFeed');
export const CalendarFeedCreated = z.object({
  feed: CalendarFeed,
  url: z.string().openapi({ description: 'The secret feed URL; shown once. Anyone with it can read the calendar until it is revoked.' }),
}).openapi('CalendarFeedCreated');
export const CalendarFeedsResponse = z.object({ items: z.array(CalendarFeed) }).openapi('CalendarFeeds');

const ShareBand = z.enum(['flag', 'below', 'target', 'above']);
export const WeekAdherence = z.object({
  weekStart: z.string(),
  planned: z.number().int(),
  held: z.number().int(),
  missed: z.number().int(),
  heldMinutes: z.number(),
  repsCoached: z.number().int(),
  everyRepCoached: z.boolean(),
  coachingEntryHours: z.number(),
  share: z.number().openapi({ description: '(held minutes / 60 + coaching hours) / working hours (40)' }),
  band: ShareBand.openapi({ description: 'flag: under 10 %; target: 25–40 %' }),
  coreShare: z.number().nullable(),
  timeAllocation: z.record(z.string(), z.number()),
}).openapi('WeekAdherence');

export const AccountabilityQuery = z.object({
  managerId: personId.optional(),
  weeks: z.coerce.number().int().min(1).max(26).default(8),
  asOf: day.optional(),
});
export const AccountabilityResponse = z.object({
  manager: z.object({ id: z.number().int(), name: z.string() }),
  asOf: z.string(),
  timeZone: z.string(),
  reps: z.array(z.object({ repId: z.number().int(), name: z.string(), segment: Segment.nullable() })),
  weeks: z.array(WeekAdherence),
  repsWithoutOneOnOne: z.array(z.object({ repId: z.number().int(), name: z.string(), lastOneOnOneOn: z.string().nullable() })),
  streakWeeks: z.number().int(),
}).openapi('Accountability');

export const ManagersWeekQuery = z.object({ week: day.optional() });
export const ManagersWeekResponse = z.object({
  weekStart: z.string(),
  asOf: z.string(),
  managers: z.array(WeekAdherence.extend({
    manager: z.object({ id: z.number().int(), name: z.string() }),
    repCount: z.number().int(),
    repsWithoutOneOnOne: z.number().int(),
    streakWeeks: z.number().int(),
  })),
}).openapi('ManagersWeek');

export type Cadence = z.infer<typeof Cadence>;
export type CadenceWithSuggestion = z.infer<typeof CadenceWithSuggestion>;
export type CadencesResponse = z.infer<typeof CadencesResponse>;
export type CadencePatch = z.infer<typeof CadencePatch>;
export type GenerateResponse = z.infer<typeof GenerateResponse>;
export type TimeCategory = z.infer<typeof TimeCategory>;
export type TimeEntriesResponse = z.infer<typeof TimeEntriesResponse>;
export type CalendarFeed = z.infer<typeof CalendarFeed>;
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;
export type WeekAdherence = z.infer<typeof WeekAdherence>;
export type AccountabilityResponse = z.infer<typeof AccountabilityResponse>;
export type ManagersWeekResponse = z.infer<typeof ManagersWeekResponse>;
