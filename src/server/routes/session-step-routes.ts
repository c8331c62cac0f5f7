// The PAUSE steps that do more than save text (SPEC §4.8, docs/sessions.md): the generated
// Prepare, Understand (which records an observation), the live Specify check, and Embed
// (dated commitments). Steps that are only text are saved with PATCH /sessions/{id}.
import { createRoute } from '@hono/zod-openapi';
import {
  Commitment, CommitmentRequest, PrepareQuery, PrepareResponse, SessionDetail, SpecifyCheckRequest, SpecifyCheckResponse, UnderstandRequest,
} from '../../contract/coaching.ts';
import { addCommitment } from '../../use-cases/coaching/commitments.ts';
import { prepareSession } from '../../use-cases/coaching/sessions-prepare.ts';
import { checkSessionSpecify } from '../../use-cases/coaching/sessions-specify.ts';
import { saveUnderstand } from '../../use-cases/coaching/sessions-understand.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { SessionParams, writeErrors } from './session-routes.ts';

export const sessionStepRoutes = createRouter();

const now = () => new Date().toISOString();

sessionStepRoutes.openapi(createRoute({
  method: 'get', path: '/sessions/{id}/prepare', tags: ['Coaching sessions'],
  summary: 'Prepare, generated: segment, quadrant, top gap, focus, questions, commitments to review, stalled deals, recent observations',
  request: { params: SessionParams, query: PrepareQuery },
  responses: { 200: json(PrepareResponse, 'The generated Prepare, and the text saved so far'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const prepared = await prepareSession(c.get('database'), guard.viewer, c.req.valid('param').id, now().slice(0, 10), c.req.valid('query'), c.get('analysisCache'));
  if (!prepared.ok) return apiError(c, prepared.code, prepared.message);
  return c.json(prepared.value, 200);
});

sessionStepRoutes.openapi(createRoute({
  method: 'post', path: '/sessions/{id}/understand', tags: ['Coaching sessions'],
  summary: "Understand: save what was observed; with a rating, record (or update) the session's observation of the behaviour",
  request: { params: SessionParams, ...jsonBody(UnderstandRequest) },
  responses: { 200: json(SessionDetail, 'The session, with its observations'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const saved = await saveUnderstand(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'), now());
  if (!saved.ok) return apiError(c, saved.code, saved.message);
  return c.json(saved.value, 200);
});

sessionStepRoutes.openapi(createRoute({
  method: 'post', path: '/sessions/{id}/specify-check', tags: ['Coaching sessions'],
  summary: "The live Specify check against the org's guide: outcome_language, generic, no_behaviour, no_commitment",
  request: { params: SessionParams, ...jsonBody(SpecifyCheckRequest) },
  responses: { 200: json(SpecifyCheckResponse, 'The warnings (none: a good Specify)'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const checked = await checkSessionSpecify(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'));
  if (!checked.ok) return apiError(c, checked.code, checked.message);
  return c.json(checked.value, 200);
});

sessionStepRoutes.openapi(createRoute({
  method: 'post', path: '/sessions/{id}/commitments', tags: ['Coaching sessions'], summary: 'Embed: agree a dated commitment',
  request: { params: SessionParams, ...jsonBody(CommitmentRequest) },
  responses: { 201: json(Commitment, 'The commitment'), ...writeErrors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const added = await addCommitment(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'));
  if (!added.ok) return apiError(c, added.code, added.message);
  return c.json(added.value, 201);
});
