// Co-creation sessions (docs/innovation.md): opened from a deal, Investigate (stakeholders,
// obstacle) → Create (ideas per SCAMMPERR lens) → Share (chosen ideas, decision, commitments),
// then the outcome and the capture of an innovation. Every write answers the whole session.
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBody } from '../../contract/api.ts';
import {
  CoCreationCommitmentRequest, CoCreationList, CoCreationListQuery, CoCreationPatch, CoCreationSession, CreateCoCreationRequest,
  IdeaPatch, IdeaRequest, OutcomeRequest, PromptsQuery, PromptsResponse, StakeholderPatch, StakeholderRequest,
} from '../../contract/cocreation.ts';
import { CaptureInnovationRequest, Innovation } from '../../contract/innovation.ts';
import { lensPrompts } from '../../core/innovation/lens-prompts.ts';
import { addIdea, addNextStep, editIdea, removeIdea } from '../../use-cases/innovation/co-creation-ideas.ts';
import { editCoCreation, listCoCreationsFor, openCoCreation, recordOutcome, showCoCreation } from '../../use-cases/innovation/co-creation-sessions.ts';
import { addStakeholder, editStakeholder } from '../../use-cases/innovation/co-creation-stakeholders.ts';
import { captureInnovation } from '../../use-cases/innovation/innovation-library.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { conflict, errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const coCreationRoutes = createRouter();

const clock = () => ({ today: todayUtc(), now: new Date().toISOString() });
const Session = z.object({ sessionId: z.coerce.number().int() });
const SessionIdea = Session.extend({ ideaId: z.coerce.number().int() });
const SessionStakeholder = Session.extend({ stakeholderId: z.coerce.number().int() });
const tags = ['Co-creation'];
const fails = { ...errors, ...notFound, ...conflict, 422: json(ErrorBody, 'Breaks a rule (docs/innovation.md)') };

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/deals/{id}/co-creation', tags, summary: 'Open a co-creation session on an open deal (its owner\'s manager, those above, leaders, admins)',
  request: { params: z.object({ id: z.coerce.number().int() }), ...jsonBody(CreateCoCreationRequest) },
  responses: { 201: json(CoCreationSession, 'Opened'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await openCoCreation(c.get('database'), guard.viewer, c.req.valid('param').id, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 201);
});

coCreationRoutes.openapi(createRoute({
  method: 'get', path: '/co-creation', tags, summary: 'Co-creation sessions the caller may see (on one deal with dealId)',
  request: { query: CoCreationListQuery },
  responses: { 200: json(CoCreationList, 'Newest first'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await listCoCreationsFor(c.get('database'), guard.viewer, c.req.valid('query'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json({ items: result.value }, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'get', path: '/co-creation/prompts', tags, summary: 'The nine SCAMMPERR lenses with prompts fitted to an obstacle category',
  request: { query: PromptsQuery },
  responses: { 200: json(PromptsResponse, 'The lenses'), ...errors },
}), (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { obstacle } = c.req.valid('query');
  return c.json({ obstacleCategory: obstacle ?? null, lenses: lensPrompts(obstacle ?? null) }, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'get', path: '/co-creation/{sessionId}', tags, summary: 'A co-creation session',
  request: { params: Session },
  responses: { 200: json(CoCreationSession, 'The session'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await showCoCreation(c.get('database'), guard.viewer, c.req.valid('param').sessionId, clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'patch', path: '/co-creation/{sessionId}', tags, summary: 'Save the step, obstacle, decision; hold or cancel (fields left out are left alone)',
  request: { params: Session, ...jsonBody(CoCreationPatch) },
  responses: { 200: json(CoCreationSession, 'Saved'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await editCoCreation(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/co-creation/{sessionId}/stakeholders', tags, summary: 'Add a stakeholder to the deal',
  request: { params: Session, ...jsonBody(StakeholderRequest) },
  responses: { 201: json(CoCreationSession, 'Added'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await addStakeholder(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 201);
});

coCreationRoutes.openapi(createRoute({
  method: 'patch', path: '/co-creation/{sessionId}/stakeholders/{stakeholderId}', tags, summary: "Edit a deal's stakeholder (role, influence, stance, engaged)",
  request: { params: SessionStakeholder, ...jsonBody(StakeholderPatch) },
  responses: { 200: json(CoCreationSession, 'Saved'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { sessionId, stakeholderId } = c.req.valid('param');
  const result = await editStakeholder(c.get('database'), guard.viewer, sessionId, stakeholderId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/co-creation/{sessionId}/ideas', tags, summary: 'Add an idea through a lens',
  request: { params: Session, ...jsonBody(IdeaRequest) },
  responses: { 201: json(CoCreationSession, 'Added'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await addIdea(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 201);
});

coCreationRoutes.openapi(createRoute({
  method: 'patch', path: '/co-creation/{sessionId}/ideas/{ideaId}', tags, summary: 'Edit or choose an idea',
  request: { params: SessionIdea, ...jsonBody(IdeaPatch) },
  responses: { 200: json(CoCreationSession, 'Saved'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { sessionId, ideaId } = c.req.valid('param');
  const result = await editIdea(c.get('database'), guard.viewer, sessionId, ideaId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'delete', path: '/co-creation/{sessionId}/ideas/{ideaId}', tags, summary: 'Remove an idea (its commitments stay)',
  request: { params: SessionIdea },
  responses: { 200: json(CoCreationSession, 'Removed'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { sessionId, ideaId } = c.req.valid('param');
  const result = await removeIdea(c.get('database'), guard.viewer, sessionId, ideaId, clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/co-creation/{sessionId}/commitments', tags, summary: "A next step as a dated commitment for the deal's owner",
  request: { params: Session, ...jsonBody(CoCreationCommitmentRequest) },
  responses: { 201: json(CoCreationSession, 'Committed'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await addNextStep(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 201);
});

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/co-creation/{sessionId}/outcome', tags, summary: 'Record what happened: won, advanced or no change',
  request: { params: Session, ...jsonBody(OutcomeRequest) },
  responses: { 200: json(CoCreationSession, 'Recorded'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await recordOutcome(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'), clock());
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 200);
});

coCreationRoutes.openapi(createRoute({
  method: 'post', path: '/co-creation/{sessionId}/innovation', tags, summary: 'Capture a success (won or advanced) as an innovation in the library',
  request: { params: Session, ...jsonBody(CaptureInnovationRequest) },
  responses: { 201: json(Innovation, 'Captured'), ...fails },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const result = await captureInnovation(c.get('database'), guard.viewer, c.req.valid('param').sessionId, c.req.valid('json'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json(result.value, 201);
});
