// Commitments (SPEC §4.8 Embed and review, docs/sessions.md): list those the caller may
// see (a rep their own), correct or remove an open one, review one in a later session.
import { createRoute, z } from '@hono/zod-openapi';
import { Commitment, CommitmentPage, CommitmentPatch, CommitmentsQuery, ReviewRequest } from '../../contract/coaching.ts';
import { editCommitment, listCommitmentsFor, removeCommitment, reviewCommitment } from '../../use-cases/coaching/commitments.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { writeErrors } from './session-routes.ts';

export const commitmentRoutes = createRouter();

const now = () => new Date().toISOString();
const Id = z.object({ id: z.coerce.number().int() });

commitmentRoutes.openapi(createRoute({
  method: 'get', path: '/commitments', tags: ['Commitments'], summary: 'Commitments the caller may see (a rep: their own), latest due first',
  request: { query: CommitmentsQuery },
  responses: { 200: json(CommitmentPage, 'A page of commitments'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json(await listCommitmentsFor(c.get('database'), guard.viewer, c.req.valid('query')), 200);
});

commitmentRoutes.openapi(createRoute({
  method: 'patch', path: '/commitments/{id}', tags: ['Commitments'], summary: 'Correct an open commitment (the manager of its session)',
  request: { params: Id, ...jsonBody(CommitmentPatch) },
  responses: { 200: json(Commitment, 'The commitment'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const edited = await editCommitment(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'));
  if (!edited.ok) return apiError(c, edited.code, edited.message);
  return c.json(edited.value, 200);
});

commitmentRoutes.openapi(createRoute({
  method: 'delete', path: '/commitments/{id}', tags: ['Commitments'], summary: 'Remove an open commitment agreed by mistake (the manager of its session)',
  request: { params: Id },
  responses: { 204: { description: 'Removed' }, ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const removed = await removeCommitment(c.get('database'), guard.viewer, c.req.valid('param').id);
  if (!removed.ok) return apiError(c, removed.code, removed.message);
  return c.body(null, 204);
});

commitmentRoutes.openapi(createRoute({
  method: 'post', path: '/commitments/{id}/review', tags: ['Commitments'], summary: 'Mark an earlier commitment done / not done / dropped, with a note, in a later session',
  request: { params: Id, ...jsonBody(ReviewRequest) },
  responses: { 200: json(Commitment, 'The reviewed commitment'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const reviewed = await reviewCommitment(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'), now());
  if (!reviewed.ok) return apiError(c, reviewed.code, reviewed.message);
  return c.json(reviewed.value, 200);
});
