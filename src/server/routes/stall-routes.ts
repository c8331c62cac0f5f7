// Stall detection (SPEC §4.6, docs/stalls.md): the stalled deals the caller may see, snoozes
// (writes need the CSRF token with a session cookie, like every write), and the per-stage
// thresholds (read by anyone signed in, set by admins).
import { createRoute, z } from '@hono/zod-openapi';
import type { DealVerdict } from '../../core/stalls/detect-stalls.ts';
import { sortStalledDeals } from '../../core/stalls/sort-stalled-deals.ts';
import {
  SnoozeRequest, SnoozeResponse, StallsQuery, StallsResponse, StallThresholdRequest, StallThresholdsResponse, type StalledDeal,
} from '../../contract/stalls.ts';
import { ErrorBody } from '../../contract/api.ts';
import { snoozeDeal, unsnoozeDeal } from '../../use-cases/stalls/snooze-deal.ts';
import { stallCacheOf } from '../../use-cases/stalls/stall-reference-cache.ts';
import { setStallThresholds, stallThresholdSettings } from '../../use-cases/stalls/stall-threshold-settings.ts';
import { stallsForViewer } from '../../use-cases/stalls/stalls-for-viewer.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const stallRoutes = createRouter();

// The org's percentiles, per server process and database, until an import bumps the data version.
const cacheFor = stallCacheOf; // shared with the warm-up after an import (src/server/app.ts)

const toStalledDeal = ({ deal, signals, daysInStage, ageDays, snooze }: DealVerdict): StalledDeal => ({
  id: deal.id, externalId: deal.externalId, name: deal.name, ownerId: deal.ownerId, ownerName: deal.ownerName,
  stageKey: deal.stageKey, stageName: deal.stageName, amount: deal.amount, currency: deal.currency, segment: deal.segment,
  daysInStage, ageDays, expectedCloseOn: deal.expectedCloseOn, signals, snooze,
});

const DealParams = z.object({ id: z.coerce.number().int() });
const unprocessable = { 422: json(ErrorBody, 'Unprocessable (a closed deal, an unknown stage)') };

stallRoutes.openapi(createRoute({
  method: 'get', path: '/stalls', tags: ['Stalls'], summary: 'Stalled open deals as of a date, each signal in words',
  request: { query: StallsQuery },
  responses: { 200: json(StallsResponse, 'A page of stalled deals, the snoozed ones, and the signals not evaluated'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const database = c.get('database');
  const found = await stallsForViewer(database, guard.viewer, todayUtc(), query, cacheFor(database));
  if (!found.ok) return apiError(c, found.code, found.message);
  const { report, scope } = found.value;
  const sorted = sortStalledDeals(report.stalled, query.sort);
  const start = (query.page - 1) * query.pageSize;
  return c.json({
    asOf: report.asOf, scope, openDeals: report.openDeals,
    items: sorted.slice(start, start + query.pageSize).map(toStalledDeal),
    page: query.page, pageSize: query.pageSize, total: sorted.length, sort: query.sort,
    snoozed: report.snoozed.map(toStalledDeal),
    notEvaluated: report.notEvaluated,
  }, 200);
});

stallRoutes.openapi(createRoute({
  method: 'post', path: '/deals/{id}/snooze', tags: ['Stalls'], summary: 'Snooze a deal until a date, with a reason (replaces its snooze)',
  request: { params: DealParams, ...jsonBody(SnoozeRequest) },
  responses: { 200: json(SnoozeResponse, 'Snoozed'), ...errors, ...notFound, ...unprocessable },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { id } = c.req.valid('param');
  const result = await snoozeDeal(c.get('database'), guard.viewer, id, c.req.valid('json'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json({ dealId: id, snooze: { ...result.value, active: true } }, 200);
});

stallRoutes.openapi(createRoute({
  method: 'delete', path: '/deals/{id}/snooze', tags: ['Stalls'], summary: "End a deal's snooze",
  request: { params: DealParams },
  responses: { 204: { description: 'No snooze any more' }, ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await unsnoozeDeal(c.get('database'), guard.viewer, c.req.valid('param').id);
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.body(null, 204);
});

stallRoutes.openapi(createRoute({
  method: 'get', path: '/stalls/thresholds', tags: ['Stalls'], summary: 'The stall thresholds of every open stage',
  responses: { 200: json(StallThresholdsResponse, 'Overrides and effective thresholds'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json(await stallThresholdSettings(c.get('database'), guard.viewer.orgId), 200);
});

stallRoutes.openapi(createRoute({
  method: 'put', path: '/stalls/thresholds', tags: ['Stalls'], summary: "Set a stage's (or the org's) stall thresholds (admin); all null clears them",
  request: jsonBody(StallThresholdRequest),
  responses: { 200: json(StallThresholdsResponse, 'Saved'), ...errors, ...unprocessable },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const result = await setStallThresholds(c.get('database'), guard.viewer.orgId, guard.viewer.userId, c.req.valid('json'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});
