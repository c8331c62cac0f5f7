// The deal room (docs/innovation.md): one deal as of a date, with the innovations suggested for it.
import { createRoute, z } from '@hono/zod-openapi';
import { DealRoom, DealRoomQuery } from '../../contract/deal-room.ts';
import { SuggestionsQuery, SuggestionsResponse } from '../../contract/innovation.ts';
import { dealInSight } from '../../use-cases/deal-room/deal-access.ts';
import { dealRoom } from '../../use-cases/deal-room/deal-room.ts';
import { suggestInnovations } from '../../use-cases/innovation/suggest-innovations.ts';
import { stallCacheOf } from '../../use-cases/stalls/stall-reference-cache.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const dealRoomRoutes = createRouter();

// The org's stall percentiles, per server process and database, until an import bumps the data version.
const cacheFor = stallCacheOf; // shared with the warm-up after an import (src/server/app.ts)

const DealParams = z.object({ id: z.coerce.number().int() });

dealRoomRoutes.openapi(createRoute({
  method: 'get', path: '/deals/{id}', tags: ['Deal room'], summary: 'A deal as of a date: stages, close-date pushes, stakeholders, activities, stall signals, co-creation sessions, suggested innovations',
  request: { params: DealParams, query: DealRoomQuery },
  responses: { 200: json(DealRoom, 'The deal room'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const database = c.get('database');
  const result = await dealRoom(database, guard.viewer, c.req.valid('param').id, todayUtc(), c.req.valid('query'), cacheFor(database));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

dealRoomRoutes.openapi(createRoute({
  method: 'get', path: '/deals/{id}/suggested-innovations', tags: ['Deal room'], summary: 'Past innovations most relevant to a deal, each with why',
  request: { params: DealParams, query: SuggestionsQuery },
  responses: { 200: json(SuggestionsResponse, 'Suggestions, most relevant first'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { id } = c.req.valid('param');
  const found = await dealInSight(c.get('database'), guard.viewer, id);
  if (!found.ok) return apiError(c, found.code, found.message);
  return c.json(await suggestInnovations(c.get('database'), guard.viewer, id, c.req.valid('query').limit), 200);
});
