// PAUSE coaching sessions (SPEC §4.8, docs/sessions.md): create, list, read (cut to what
// the caller may see, docs/privacy.md), save steps as the manager goes, and move a session
// on (hold, cancel, miss, reopen). Writes need the CSRF token with a session cookie.
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBody } from '../../contract/api.ts';
import { CoachingPrivacy, CreateSessionRequest, HoldRequest, SessionDetail, SessionPage, SessionPatch, SessionsQuery } from '../../contract/coaching.ts';
import type { SessionAction } from '../../core/coaching/session-status.ts';
import { coachingPrivacy, setCoachingPrivacy } from '../../use-cases/coaching/sessions-privacy.ts';
import { changeSessionStatus, createSession, getSession, listSessionsFor, saveSessionSteps } from '../../use-cases/coaching/sessions.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { conflict, errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const sessionRoutes = createRouter();

const now = () => new Date().toISOString();
export const SessionParams = z.object({ id: z.coerce.number().int() });
export const unprocessable = { 422: json(ErrorBody, 'Breaks a rule of sessions (a missing rep, a future held time, a behaviour of another stage)') };
export const writeErrors = { ...errors, ...notFound, ...conflict, ...unprocessable };

sessionRoutes.openapi(createRoute({
  method: 'post', path: '/sessions', tags: ['Coaching sessions'], summary: 'Create a planned (or already held) session with a rep, or a team skill session',
  request: jsonBody(CreateSessionRequest),
  responses: { 201: json(SessionDetail, 'The session, as its manager sees it'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const created = await createSession(c.get('database'), guard.viewer, c.req.valid('json'), now());
  if (!created.ok) return apiError(c, created.code, created.message);
  return c.json(created.value, 201);
});

sessionRoutes.openapi(createRoute({
  method: 'get', path: '/sessions', tags: ['Coaching sessions'], summary: 'Sessions the caller may see, newest first (summaries: never notes)',
  request: { query: SessionsQuery },
  responses: { 200: json(SessionPage, 'A page of sessions'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json(await listSessionsFor(c.get('database'), guard.viewer, c.req.valid('query')), 200);
});

sessionRoutes.openapi(createRoute({
  method: 'get', path: '/sessions/{id}', tags: ['Coaching sessions'], summary: 'One session: the full view, or the summary a rep sees',
  request: { params: SessionParams },
  responses: { 200: json(SessionDetail, 'The session'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const found = await getSession(c.get('database'), guard.viewer, c.req.valid('param').id);
  if (!found.ok) return apiError(c, found.code, found.message);
  return c.json(found.value, 200);
});

sessionRoutes.openapi(createRoute({
  method: 'patch', path: '/sessions/{id}', tags: ['Coaching sessions'], summary: 'Save some steps or fields (only those sent); by the session\'s manager',
  request: { params: SessionParams, ...jsonBody(SessionPatch) },
  responses: { 200: json(SessionDetail, 'The saved session'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const saved = await saveSessionSteps(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'), now());
  if (!saved.ok) return apiError(c, saved.code, saved.message);
  return c.json(saved.value, 200);
});

sessionRoutes.openapi(createRoute({
  method: 'post', path: '/sessions/{id}/hold', tags: ['Coaching sessions'], summary: 'Mark a planned session held, with its time (default now) and duration',
  request: { params: SessionParams, body: { content: { 'application/json': { schema: HoldRequest } }, required: false } },
  responses: { 200: json(SessionDetail, 'The held session'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const body = c.req.valid('json') ?? {};
  const held = await changeSessionStatus(c.get('database'), guard.viewer, c.req.valid('param').id, 'hold', now(), body);
  if (!held.ok) return apiError(c, held.code, held.message);
  return c.json(held.value, 200);
});

const STATUS_ROUTES: [SessionAction, string][] = [
  ['cancel', 'Cancel a planned session'],
  ['miss', 'Mark a planned session missed (once its time has passed)'],
  ['reopen', 'Plan a cancelled or missed session again'],
];

for (const [action, summary] of STATUS_ROUTES) {
  sessionRoutes.openapi(createRoute({
    method: 'post', path: `/sessions/{id}/${action}`, tags: ['Coaching sessions'], summary,
    request: { params: SessionParams },
    responses: { 200: json(SessionDetail, 'The session'), ...writeErrors },
  }), async (c) => {
    const guard = requireViewer(c);
    if (!guard.ok) return guard.response;
    const changed = await changeSessionStatus(c.get('database'), guard.viewer, c.req.valid('param').id, action, now());
    if (!changed.ok) return apiError(c, changed.code, changed.message);
    return c.json(changed.value, 200);
  });
}

// The org's privacy setting (docs/privacy.md).
sessionRoutes.openapi(createRoute({
  method: 'get', path: '/settings/coaching-privacy', tags: ['Coaching sessions'], summary: 'Whether leaders may read private notes',
  responses: { 200: json(CoachingPrivacy, 'The setting'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json(await coachingPrivacy(c.get('database'), guard.viewer.orgId), 200);
});

sessionRoutes.openapi(createRoute({
  method: 'put', path: '/settings/coaching-privacy', tags: ['Coaching sessions'], summary: 'Let leaders read private notes, or not (admin; audited)',
  request: jsonBody(CoachingPrivacy),
  responses: { 200: json(CoachingPrivacy, 'The setting'), ...errors },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  return c.json(await setCoachingPrivacy(c.get('database'), guard.viewer, c.req.valid('json').leadersSeePrivateNotes), 200);
});
