// Cadences and the weekly time self-report (docs/cadences-and-calendar.md,
// docs/accountability.md): a manager edits their own, a leader or admin anyone's, a rep
// none (403). Planned sessions are generated from the cadences, idempotently.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  CadenceCreate, CadencePatch, CadencesQuery, CadencesResponse, Cadence, GenerateRequest, GenerateResponse,
  TimeEntriesBody, TimeEntriesQuery, TimeEntriesResponse,
} from '../../contract/cadence.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { namedManagerInScope, visibleIds } from '../../use-cases/analytics/analytics-access.ts';
import { generatePlannedSessions } from '../../use-cases/cadence/generate-planned-sessions.ts';
import { addCadence, editCadence, managerCadences, repSegments } from '../../use-cases/cadence/manager-cadences.ts';
import { saveTimeEntries, weekTimeEntries } from '../../use-cases/accountability/manager-accountability.ts';
import { createRouter, type AppEnv } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const cadenceRoutes = createRouter();

const unprocessable = { 422: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Broken rule') } as const;

/** The manager asked about (default: the signed-in manager), or the error response. */
async function resolveManager(c: Context<AppEnv>, viewer: Viewer, managerId: number | undefined) {
  const manager = await namedManagerInScope(c.get('database'), viewer, managerId);
  if (!manager.ok) return { response: apiError(c, manager.code, manager.message) };
  return { manager: manager.value };
}

cadenceRoutes.openapi(createRoute({
  method: 'get', path: '/cadences', tags: ['Cadences'], summary: "A manager's cadences (the defaults are created on first read)",
  request: { query: CadencesQuery },
  responses: { 200: json(CadencesResponse, 'The cadences'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const resolved = await resolveManager(c, guard.viewer, c.req.valid('query').managerId);
  if (!resolved.manager) return resolved.response;
  const database = c.get('database');
  const segments = await repSegments(database, guard.viewer.orgId, todayUtc(), c.get('analysisCache'));
  const result = await managerCadences(database, guard.viewer.orgId, resolved.manager.id, todayUtc(), segments);
  return c.json({ manager: resolved.manager, ...result }, 200);
});

cadenceRoutes.openapi(createRoute({
  method: 'post', path: '/cadences', tags: ['Cadences'], summary: 'Add a cadence (a 1:1 or deal rhythm with one rep, or a team skill session)',
  request: jsonBody(CadenceCreate),
  responses: { 201: json(Cadence, 'The new cadence'), ...errors, ...notFound, ...unprocessable },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const body = c.req.valid('json');
  const resolved = await resolveManager(c, guard.viewer, body.managerId);
  if (!resolved.manager) return resolved.response;
  const result = await addCadence(c.get('database'), guard.viewer.orgId, { ...body, managerId: resolved.manager.id });
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.cadence, 201);
});

cadenceRoutes.openapi(createRoute({
  method: 'patch', path: '/cadences/{id}', tags: ['Cadences'], summary: 'Edit a cadence; its untouched future planned sessions are re-planned',
  request: { params: z.object({ id: z.coerce.number().int() }), ...jsonBody(CadencePatch) },
  responses: { 200: json(Cadence, 'The cadence'), ...errors, ...notFound, ...unprocessable },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  if (guard.viewer.role === 'rep') return apiError(c, 'forbidden', 'Reps do not edit cadences.');
  const database = c.get('database');
  const visible = await visibleIds(database, guard.viewer);
  const result = await editCadence(database, guard.viewer.orgId, c.req.valid('param').id, c.req.valid('json'), new Date(),
    (managerId) => visible === null || visible.has(managerId));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.cadence, 200);
});

cadenceRoutes.openapi(createRoute({
  method: 'post', path: '/cadences/generate', tags: ['Cadences'], summary: 'Generate planned sessions for the coming weeks (idempotent)',
  request: jsonBody(GenerateRequest),
  responses: { 200: json(GenerateResponse, 'What was generated'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const body = c.req.valid('json');
  const resolved = await resolveManager(c, guard.viewer, body.managerId);
  if (!resolved.manager) return resolved.response;
  const result = await generatePlannedSessions(c.get('database'), guard.viewer.orgId, [resolved.manager.id], body.asOf ?? todayUtc(), body.horizonWeeks);
  return c.json(result, 200);
});

cadenceRoutes.openapi(createRoute({
  method: 'get', path: '/time-entries', tags: ['Accountability'], summary: "A manager's time-allocation self-report for one week",
  request: { query: TimeEntriesQuery },
  responses: { 200: json(TimeEntriesResponse, 'The week'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const resolved = await resolveManager(c, guard.viewer, query.managerId);
  if (!resolved.manager) return resolved.response;
  const week = await weekTimeEntries(c.get('database'), guard.viewer.orgId, resolved.manager.id, query.week ?? todayUtc());
  return c.json({ managerId: resolved.manager.id, ...week }, 200);
});

cadenceRoutes.openapi(createRoute({
  method: 'put', path: '/time-entries', tags: ['Accountability'], summary: 'Save your time-allocation self-report for one week (replaces it)',
  request: jsonBody(TimeEntriesBody),
  responses: { 200: json(TimeEntriesResponse, 'The week as saved'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const body = c.req.valid('json');
  // A self-report is the manager's own; a leader or admin may correct one for a manager.
  const resolved = await resolveManager(c, guard.viewer, body.managerId);
  if (!resolved.manager) return resolved.response;
  if (guard.viewer.role === 'manager' && resolved.manager.id !== guard.viewer.personId) {
    return apiError(c, 'forbidden', 'A manager reports their own time only.');
  }
  const saved = await saveTimeEntries(c.get('database'), guard.viewer.orgId, resolved.manager.id, body.week, body.entries);
  return c.json({ managerId: resolved.manager.id, ...saved }, 200);
});
