// The coaching guide (SPEC §4.7, docs/coaching-guide.md): read by everyone signed in, as
// JSON or as the printable one-page HTML; edited by admins (writes need the CSRF token with
// a session cookie, like every write), each change in the audit log.
import { createRoute, z } from '@hono/zod-openapi';
import { DEFAULT_GUIDE } from '../../core/coaching/default-guide.ts';
import { estimateGuideFit } from '../../core/coaching/estimate-guide-fit.ts';
import { TYPE_FLOOR_PT } from '../../core/coaching/guide-sheet.ts';
import { renderGuideHtml } from '../../core/coaching/render-guide-html.ts';
import { ErrorBody } from '../../contract/api.ts';
import {
  BehaviourListResponse, BehaviourOrderRequest, BehaviourPatchRequest, BehaviourRequest, CopyDefaultRequest, CopyDefaultResponse,
  DefaultGuideResponse, DeleteBehaviourQuery, DeletedBehaviourResponse, GuideBehaviour, GuideQuery, GuideQuestion, GuideResponse,
  PrintQuery, QuestionListResponse, QuestionOrderRequest, QuestionPatchRequest, QuestionRequest, StagePatchRequest, StageSettingsResponse,
} from '../../contract/guide.ts';
import type { GuideBehaviourRow, GuideQuestionRow } from '../../db/queries/coaching-guide.ts';
import { guideSheetOf, loadCoachingGuide, printFitOf } from '../../use-cases/coaching/coaching-guide.ts';
import { addBehaviour, editBehaviour, removeBehaviour, reorderStageBehaviours } from '../../use-cases/coaching/edit-guide-behaviours.ts';
import { addQuestion, editQuestion, removeQuestion, reorderStageQuestions } from '../../use-cases/coaching/edit-guide-questions.ts';
import { copyDefaultBehaviours, updateGuideStage } from '../../use-cases/coaching/edit-guide-stage.ts';
import type { GuideEditor } from '../../use-cases/coaching/guide-edits.ts';
import type { AppEnv } from '../context.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { conflict, errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';
import type { Context } from 'hono';

export const guideRoutes = createRouter();

const Id = z.object({ id: z.coerce.number().int() });
const unprocessable = { 422: json(ErrorBody, 'Breaks a rule of the guide (a behaviour of another stage, a stage full)') };
const writeErrors = { ...errors, ...notFound, ...conflict, ...unprocessable };

const behaviourOut = ({ id, key, name, description, position }: GuideBehaviourRow) => ({ id, key, name, description, position });
const questionOut = ({ id, text, behaviourId, behaviourKey, position }: GuideQuestionRow) => ({ id, text, behaviourId, behaviourKey, position });

/** The admin making a change, or the 401/403 response. */
function editorOf(c: Context<AppEnv>): { ok: true; editor: GuideEditor } | { ok: false; response: Response } {
  const guard = requireViewer(c, ['admin']);
  return guard.ok ? { ok: true, editor: { orgId: guard.viewer.orgId, userId: guard.viewer.userId } } : guard;
}

guideRoutes.openapi(createRoute({
  method: 'get', path: '/guide', tags: ['Coaching guide'], summary: "The org's coaching guide: stages, behaviours, starter questions and stage KPIs",
  request: { query: GuideQuery },
  responses: { 200: json(GuideResponse, 'The guide'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const guide = await loadCoachingGuide(c.get('database'), guard.viewer.orgId, todayUtc(), c.req.valid('query'));
  return c.json({ ...guide, print: printFitOf(guide) }, 200);
});

guideRoutes.openapi(createRoute({
  method: 'get', path: '/guide/default', tags: ['Coaching guide'], summary: 'The default guide, whose stages can be copied onto an imported process',
  responses: { 200: json(DefaultGuideResponse, 'The default guide'), ...errors },
}), (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json({
    stages: DEFAULT_GUIDE.map((s) => ({
      key: s.stageKey, name: s.stageName, behaviours: s.behaviours.map(({ key, name, description }) => ({ key, name, description })),
      questions: s.questions.map((q) => ({ text: q.text, behaviourKey: q.behaviourKey ?? null })),
    })),
  }, 200);
});

guideRoutes.openapi(createRoute({
  method: 'get', path: '/guide/print', tags: ['Coaching guide'],
  summary: 'The guide as one printable landscape page (standalone HTML); X-Guide-Overflow names stages estimated too long at 7 pt',
  request: { query: PrintQuery },
  responses: { 200: { content: { 'text/html': { schema: z.string() } }, description: 'A standalone HTML document' }, ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { paper, bodyPt, ...options } = c.req.valid('query');
  const sheet = guideSheetOf(await loadCoachingGuide(c.get('database'), guard.viewer.orgId, todayUtc(), options));
  const estimate = estimateGuideFit(sheet, paper);
  const size = bodyPt ?? estimate.bodyPt ?? TYPE_FLOOR_PT;
  if (estimate.bodyPt === null) c.header('X-Guide-Overflow', estimate.overflowing.join(','));
  c.header('X-Guide-Body-Pt', String(size));
  return c.html(renderGuideHtml(sheet, { paper, bodyPt: size }), 200);
});

guideRoutes.openapi(createRoute({
  method: 'patch', path: '/guide/stages/{id}', tags: ['Coaching guide'],
  summary: "Rename a stage, set its expected days or its conversion benchmark target (admin); null clears",
  request: { params: Id, ...jsonBody(StagePatchRequest) },
  responses: { 200: json(StageSettingsResponse, 'The stage'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await updateGuideStage(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  return result.ok ? c.json(result.value, 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'post', path: '/guide/stages/{id}/behaviours', tags: ['Coaching guide'], summary: 'Add a behaviour to a stage (admin)',
  request: { params: Id, ...jsonBody(BehaviourRequest) },
  responses: { 201: json(GuideBehaviour, 'Added'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await addBehaviour(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  return result.ok ? c.json(behaviourOut(result.value), 201) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'put', path: '/guide/stages/{id}/behaviour-order', tags: ['Coaching guide'],
  summary: "Reorder a stage's behaviours (admin): list each of them once",
  request: { params: Id, ...jsonBody(BehaviourOrderRequest) },
  responses: { 200: json(BehaviourListResponse, 'The behaviours in their new order'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await reorderStageBehaviours(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json').behaviourIds);
  return result.ok ? c.json({ items: result.value.map(behaviourOut) }, 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'post', path: '/guide/stages/{id}/copy-default', tags: ['Coaching guide'],
  summary: "Copy the default guide's behaviours (and questions) of one of its stages onto this stage (admin)",
  request: { params: Id, ...jsonBody(CopyDefaultRequest) },
  responses: { 200: json(CopyDefaultResponse, 'What was copied and what the stage already had'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await copyDefaultBehaviours(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  if (!result.ok) return apiError(c, result.code, result.message);
  return c.json({ ...result.value, behaviours: result.value.behaviours.map(behaviourOut) }, 200);
});

guideRoutes.openapi(createRoute({
  method: 'patch', path: '/guide/behaviours/{id}', tags: ['Coaching guide'], summary: "Edit a behaviour's name or description (admin); its key stays",
  request: { params: Id, ...jsonBody(BehaviourPatchRequest) },
  responses: { 200: json(GuideBehaviour, 'The behaviour'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await editBehaviour(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  return result.ok ? c.json(behaviourOut(result.value), 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'delete', path: '/guide/behaviours/{id}', tags: ['Coaching guide'],
  summary: 'Delete a behaviour (admin); its questions stay; refused (409) when it has observations, unless force=true',
  request: { params: Id, query: DeleteBehaviourQuery },
  responses: { 200: json(DeletedBehaviourResponse, 'Deleted'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await removeBehaviour(c.get('database'), who.editor, c.req.valid('param').id, { force: c.req.valid('query').force });
  return result.ok ? c.json(result.value, 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'post', path: '/guide/stages/{id}/questions', tags: ['Coaching guide'], summary: 'Add a starter question to a stage (admin)',
  request: { params: Id, ...jsonBody(QuestionRequest) },
  responses: { 201: json(GuideQuestion, 'Added'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await addQuestion(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  return result.ok ? c.json(questionOut(result.value), 201) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'put', path: '/guide/stages/{id}/question-order', tags: ['Coaching guide'],
  summary: "Reorder a stage's starter questions (admin): list each of them once",
  request: { params: Id, ...jsonBody(QuestionOrderRequest) },
  responses: { 200: json(QuestionListResponse, 'The questions in their new order'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await reorderStageQuestions(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json').questionIds);
  return result.ok ? c.json({ items: result.value.map(questionOut) }, 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'patch', path: '/guide/questions/{id}', tags: ['Coaching guide'], summary: "Edit a starter question's text or behaviour (admin)",
  request: { params: Id, ...jsonBody(QuestionPatchRequest) },
  responses: { 200: json(GuideQuestion, 'The question'), ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await editQuestion(c.get('database'), who.editor, c.req.valid('param').id, c.req.valid('json'));
  return result.ok ? c.json(questionOut(result.value), 200) : apiError(c, result.code, result.message);
});

guideRoutes.openapi(createRoute({
  method: 'delete', path: '/guide/questions/{id}', tags: ['Coaching guide'], summary: 'Delete a starter question (admin)',
  request: { params: Id },
  responses: { 204: { description: 'Deleted' }, ...writeErrors },
}), async (c) => {
  const who = editorOf(c);
  if (!who.ok) return who.response;
  const result = await removeQuestion(c.get('database'), who.editor, c.req.valid('param').id);
  return result.ok ? c.body(null, 204) : apiError(c, result.code, result.message);
});
