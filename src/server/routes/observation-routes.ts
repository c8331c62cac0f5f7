// Observations (SPEC §4.8 Understand, docs/sessions.md): a manager rates a behaviour of a
// rep in their subtree; the rep's history, newest first; deletion by the author within 24 h.
import { createRoute, z } from '@hono/zod-openapi';
import { Observation, ObservationPage, ObservationRequest, ObservationsQuery } from '../../contract/coaching.ts';
import { listObservations, recordObservation, removeObservation } from '../../use-cases/coaching/observations.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { writeErrors } from './session-routes.ts';

export const observationRoutes = createRouter();

const now = () => new Date().toISOString();
const Id = z.object({ id: z.coerce.number().int() });

observationRoutes.openapi(createRoute({
  method: 'post', path: '/observations', tags: ['Observations'], summary: 'Record a rating (1–4) of a behaviour of a rep, with evidence',
  request: jsonBody(ObservationRequest),
  responses: { 201: json(Observation, 'The observation'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const recorded = await recordObservation(c.get('database'), guard.viewer, c.req.valid('json'), now().slice(0, 10));
  if (!recorded.ok) return apiError(c, recorded.code, recorded.message);
  return c.json(recorded.value, 201);
});

observationRoutes.openapi(createRoute({
  method: 'get', path: '/reps/{id}/observations', tags: ['Observations'], summary: "A rep's observations, newest first",
  request: { params: Id, query: ObservationsQuery },
  responses: { 200: json(ObservationPage, 'A page of observations'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const listed = await listObservations(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('query'));
  if (!listed.ok) return apiError(c, listed.code, listed.message);
  return c.json(listed.value, 200);
});

observationRoutes.openapi(createRoute({
  method: 'delete', path: '/observations/{id}', tags: ['Observations'], summary: 'Delete an observation: its author, within 24 hours',
  request: { params: Id },
  responses: { 204: { description: 'Deleted' }, ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const removed = await removeObservation(c.get('database'), guard.viewer, c.req.valid('param').id, now());
  if (!removed.ok) return apiError(c, removed.code, removed.message);
  return c.body(null, 204);
});
