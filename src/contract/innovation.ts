// The innovation library (SPEC §4.10, docs/innovation.md): what worked on a stalled deal,
// captured with its lesson for the segment, searchable in full text by everyone in the org
// (sharing is learning, not a mandate), suggested for stalled deals, and counted when reused.
import { z } from '@hono/zod-openapi';
import { Page } from './api.ts';
import { ObstacleCategory, OutcomeResult } from './cocreation.ts';

const Id = z.number().int();
const Ref = z.object({ id: Id, name: z.string() });

export const SnippetPart = z.object({
  text: z.string(),
  match: z.boolean().openapi({ description: 'True for the words that matched the search (to highlight).' }),
}).openapi('SnippetPart');

export const InnovationSourceDeal = z.object({
  id: Id,
  name: z.string(),
  canOpen: z.boolean().openapi({ description: "The caller may open the deal's room (it is in their scope)." }),
}).openapi('InnovationSourceDeal');

export const InnovationListItem = z.object({
  id: Id,
  title: z.string(),
  segment: z.string().nullable(),
  obstacleCategory: ObstacleCategory,
  situation: z.string(),
  approach: z.string(),
  lesson: z.string().openapi({ description: 'What this taught us about how customers buy in this segment.' }),
  result: OutcomeResult,
  author: Ref,
  sourceDeal: InnovationSourceDeal.nullable(),
  sourceSessionId: Id.nullable(),
  createdAt: z.string(),
  useCount: z.number().int().openapi({ description: 'Times it was marked as reused on a deal or in a session.' }),
  rank: z.number().nullable().openapi({ description: 'Text relevance (ts_rank) when searching; null otherwise.' }),
  snippet: z.array(SnippetPart).nullable().openapi({ description: 'When searching: an extract with the matching words marked (ts_headline).' }),
}).openapi('InnovationListItem');
export type InnovationListItem = z.infer<typeof InnovationListItem>;

export const InnovationUse = z.object({
  id: Id,
  usedAt: z.string(),
  by: Ref.nullable(),
  deal: InnovationSourceDeal.nullable(),
  sessionId: Id.nullable(),
}).openapi('InnovationUse');

export const Innovation = InnovationListItem.extend({
  uses: z.array(InnovationUse).openapi({ description: 'Most recent first.' }),
}).openapi('Innovation');
export type Innovation = z.infer<typeof Innovation>;

export const InnovationsQuery = Page.extend({
  q: z.string().trim().max(200).optional().openapi({ description: 'Full-text search (web-search syntax: words, "a phrase", -without, or).' }),
  segment: z.string().trim().max(100).optional(),
  obstacle: ObstacleCategory.optional(),
});

export const InnovationsResponse = z.object({
  items: z.array(InnovationListItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  segments: z.array(z.string()).openapi({ description: "The segments the org's innovations cover (for a filter)." }),
}).openapi('InnovationPage');
export type InnovationsResponse = z.infer<typeof InnovationsResponse>;

export const CaptureInnovationRequest = z.object({
  title: z.string().trim().min(3, 'give it a short title').max(200),
  segment: z.string().trim().max(100).nullable().optional().openapi({ description: "Default: the deal's segment." }),
  obstacleCategory: ObstacleCategory.optional().openapi({ description: "Default: the session's obstacle category." }),
  situation: z.string().trim().min(1, 'describe the situation').max(4000),
  approach: z.string().trim().min(1, 'describe the approach').max(4000),
  lesson: z.string().trim().min(1, 'say what this taught us about how customers buy in this segment').max(4000),
}).openapi('CaptureInnovationRequest');

export const InnovationUseRequest = z.object({
  sessionId: Id.optional().openapi({ description: 'The co-creation session it is used in (its deal is taken from it).' }),
  dealId: Id.optional().openapi({ description: 'The deal it is used on.' }),
}).refine((v) => v.sessionId !== undefined || v.dealId !== undefined, { message: 'name a sessionId or a dealId', path: ['dealId'] })
  .openapi('InnovationUseRequest');

export const InnovationUseResult = z.object({
  innovationId: Id,
  use: InnovationUse,
  useCount: z.number().int(),
  created: z.boolean().openapi({ description: 'False when this deal or session had already been counted.' }),
}).openapi('InnovationUseResult');

export const SuggestionMatch = z.enum(['segment_and_obstacle', 'obstacle', 'segment', 'text'])
  .openapi({ description: 'Same segment and obstacle first, then same obstacle, same segment, then text relevance only.' });

export const InnovationSuggestion = InnovationListItem.extend({
  match: SuggestionMatch,
  why: z.string().openapi({ description: 'Why it is suggested, in words.' }),
}).openapi('InnovationSuggestion');
export type InnovationSuggestion = z.infer<typeof InnovationSuggestion>;

export const SuggestionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export const SuggestionsResponse = z.object({
  dealId: Id,
  obstacleCategory: ObstacleCategory.nullable().openapi({ description: "The obstacle used: the deal's latest co-creation session's, if any." }),
  segment: z.string().nullable(),
  items: z.array(InnovationSuggestion),
}).openapi('InnovationSuggestions');
export type InnovationUse = z.infer<typeof InnovationUse>;
export type InnovationUseResult = z.infer<typeof InnovationUseResult>;
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;
