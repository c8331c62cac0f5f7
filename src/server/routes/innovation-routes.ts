// The innovation library (docs/innovation.md): search and read (everyone in the org), and
// mark a reuse on a deal or in a co-creation session.
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBody } from '../../contract/api.ts';
import { Innovation, InnovationsQuery, InnovationsResponse, InnovationUseRequest, InnovationUseResult } from '../../contract/innovation.ts';
import { browseLibrary, markReuse, showInnovation } from '../../use-cases/innovation/innovation-library.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const innovationRoutes = createRouter();

const Params = z.object({ id: z.coerce.number().int() });

innovationRoutes.openapi(createRoute({
  method: 'get', path: '/innovations', tags: ['Innovations'], summary: 'Search the innovation library (full text), filter by segment and obstacle',
  request: { query: InnovationsQuery },
  responses: { 200: json(InnovationsResponse, 'A page of innovations, most relevant (or newest) first'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json(await browseLibrary(c.get('database'), guard.viewer, c.req.valid('query')), 200);
});

innovationRoutes.openapi(createRoute({
  method: 'get', path: '/innovations/{id}', tags: ['Innovations'], summary: 'One innovation with its reuses',
  request: { params: Params },
  responses: { 200: json(Innovation, 'The innovation'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await showInnovation(c.get('database'), guard.viewer, c.req.valid('param').id);
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

innovationRoutes.openapi(createRoute({
  method: 'post', path: '/innovations/{id}/uses', tags: ['Innovations'], summary: 'Mark an innovation as reused on a deal (counted once per deal)',
  request: { params: Params, ...jsonBody(InnovationUseRequest) },
  responses: {
    200: json(InnovationUseResult, 'Already counted for this deal'), 201: json(InnovationUseResult, 'Counted'),
    ...errors, ...notFound, 422: json(ErrorBody, 'Unprocessable (the innovation came from this deal; a session not on the deal named)'),
  },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await markReuse(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, result.value.created ? 201 : 200);
});
