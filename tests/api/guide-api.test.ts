// The coaching guide API (src/server/routes/guide-routes.ts): read by everyone signed in,
// written by admins only, with CSRF, validation (400), unknown ids (404), duplicates (409)
// and broken rules (422). The router is mounted here the way createApp mounts every router
// (same session middleware); app.ts registers it separately.
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GuideResponse, StageSettingsResponse } from '../../src/contract/guide.ts';
import type { Database } from '../../src/db/client.ts';
import { createRouter, type AppEnv } from '../../src/server/context.ts';
import { apiError } from '../../src/server/errors.ts';
import { authRoutes } from '../../src/server/routes/auth-routes.ts';
import { guideRoutes } from '../../src/server/routes/guide-routes.ts';
import { resolveSession } from '../../src/server/session-middleware.ts';
import { AnalysisCache } from '../../src/use-cases/analytics/analyse-org.ts';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { engageOnlyFiles } from '../stalls/stall-fixture.ts';

function guideApp(database: Database): Hono<AppEnv> {
  const api = createRouter();
  const analysisCache = new AnalysisCache();
  api.use('*', async (c, next) => {
    c.set('database', database);
    c.set('analysisCache', analysisCache);
    await next();
  });
  api.use('*', resolveSession);
  api.route('/', authRoutes);
  api.route('/', guideRoutes);
  const app = new Hono<AppEnv>();
  app.route('/api/v1', api);
  app.get('/api/openapi.json', (c) => c.json(api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } })));
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 'internal_error', 'Something went wrong on the server; it has been logged.');
  });
  return app;
}

type Actor = 'anonymous' | 'admin' | 'leader' | 'manager' | 'rep';
const PASSWORD = 'a long password 1';

describeEachEngine('coaching guide API', (engine) => {
  let database: Database;
  let app: Hono<AppEnv>;
  const as = {} as Record<Actor, ApiClient>;
  let stages: { id: number; key: string; behaviours: { id: number; key: string }[] }[];
  const call = async (actor: Actor, method: string, path: string, body?: unknown) => {
    const response = await as[actor].request(method, path, body);
    const text = await response.text();
    return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: response.headers };
  };
  const refresh = async () => { stages = (await call('admin', 'GET', '/guide')).body.stages; };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    expect((await setUpOrg(database, { orgName: 'Maven Tech', name: 'Ada', email: 'admin@example.com', password: PASSWORD })).ok).toBe(true);
    for (const role of ['leader', 'manager', 'rep'] as const) {
      expect((await createUser(database, null, { email: `${role}@example.com`, role, personId: null, password: PASSWORD })).ok).toBe(true);
    }
    expect((await runImport(database, await writeFolder(engageOnlyFiles()), { preset: 'generic' })).errors).toEqual([]);
    app = guideApp(database);
    as.anonymous = apiClient(app);
    for (const role of ['admin', 'leader', 'manager', 'rep'] as const) {
      as[role] = apiClient(app);
      expect((await as[role].signIn(`${role}@example.com`, PASSWORD)).status).toBe(200);
    }
    await refresh();
  });
  afterAll(async () => database?.close());

  it('GET /guide: 401 signed out, the org guide for every role, in the contract shape', async () => {
    expect((await call('anonymous', 'GET', '/guide')).status).toBe(401);
    for (const actor of ['admin', 'leader', 'manager', 'rep'] as const) {
      const { status, body } = await call(actor, 'GET', '/guide?asOf=2026-07-01');
      expect(status).toBe(200);
      expect(GuideResponse.parse(body).stages.map((s) => s.key)).toEqual(['prospecting', 'engaging']);
      expect(body).toMatchObject({ orgName: 'Maven Tech', asOf: '2026-07-01', windowDays: 180 });
      // Two stages print comfortably; the page tells how (docs/coaching-guide.md "Printing").
      expect(body.print).toEqual({ a4: { bodyPt: 10, overflowing: [] }, letter: { bodyPt: 10, overflowing: [] } });
    }
    expect((await call('rep', 'GET', '/guide?asOf=2026-02-30')).status).toBe(400);
    expect((await call('rep', 'GET', '/guide/default')).body.stages).toHaveLength(7);
  });

  it('GET /guide/print: one standalone landscape page of HTML at the estimated type size', async () => {
    const letter = await call('manager', 'GET', '/guide/print?paper=letter');
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toMatch(/^text\/html/);
    expect(letter.body).toContain('@page { size: letter landscape;');
    expect(letter.body).toContain('Maven Tech');
    expect(letter.headers.get('x-guide-body-pt')).toBe('10');
    const small = await call('rep', 'GET', '/guide/print?bodyPt=7.5');
    expect([small.status, small.headers.get('x-guide-body-pt')]).toEqual([200, '7.5']);
    expect(small.body).toContain('@page { size: A4 landscape;');
    expect((await call('rep', 'GET', '/guide/print?paper=a3')).status).toBe(400);
    expect((await call('rep', 'GET', '/guide/print?bodyPt=6')).status).toBe(400);
    expect((await call('anonymous', 'GET', '/guide/print')).status).toBe(401);
  });

  it('writes are for admins only, and need the CSRF token with a session cookie', async () => {
    const path = `/guide/stages/${stages[1]!.id}`;
    expect((await call('anonymous', 'PATCH', path, { expectedDays: 20 })).status).toBe(401);
    for (const actor of ['leader', 'manager', 'rep'] as const) expect((await call(actor, 'PATCH', path, { expectedDays: 20 })).status).toBe(403);
    const token = as.admin.csrfToken;
    as.admin.csrfToken = null;
    const noCsrf = await call('admin', 'PATCH', path, { expectedDays: 20 });
    as.admin.csrfToken = token;
    expect([noCsrf.status, noCsrf.body.error.code]).toEqual([403, 'csrf_failed']);
    const ok = await call('admin', 'PATCH', path, { expectedDays: 20, conversionTarget: 0.35 });
    expect(ok.status).toBe(200);
    expect(StageSettingsResponse.parse(ok.body)).toEqual({ id: stages[1]!.id, key: 'engaging', name: 'Engaging', expectedDays: 20, conversionTarget: 0.35 });
    const guide = (await call('rep', 'GET', '/guide')).body;
    expect(guide.stages[1].kpis.conversion).toMatchObject({ target: 0.35, basis: 'target' });
  });

  it.each<[string, string, string, unknown]>([
    ['an empty patch', 'PATCH', '/guide/stages/{engaging}', {}],
    ['an empty stage name', 'PATCH', '/guide/stages/{engaging}', { name: '   ' }],
    ['a stage name of 61 characters', 'PATCH', '/guide/stages/{engaging}', { name: 'x'.repeat(61) }],
    ['a target over 100 %', 'PATCH', '/guide/stages/{engaging}', { conversionTarget: 1.5 }],
    ['a target of 0', 'PATCH', '/guide/stages/{engaging}', { conversionTarget: 0 }],
    ['0 expected days', 'PATCH', '/guide/stages/{engaging}', { expectedDays: 0 }],
    ['an unknown field', 'PATCH', '/guide/stages/{engaging}', { colour: 'red' }],
    ['a behaviour without a name', 'POST', '/guide/stages/{engaging}/behaviours', { description: 'x' }],
    ['a behaviour name of 81 characters', 'POST', '/guide/stages/{engaging}/behaviours', { name: 'x'.repeat(81) }],
    ['a description of 241 characters', 'POST', '/guide/stages/{engaging}/behaviours', { name: 'Fine', description: 'x'.repeat(241) }],
    ['a question of 201 characters', 'POST', '/guide/stages/{engaging}/questions', { text: 'x'.repeat(201) }],
    ['a question id as text', 'POST', '/guide/stages/{engaging}/questions', { text: 'Why?', behaviourId: 'one' }],
    ['an order that is not a list', 'PUT', '/guide/stages/{engaging}/behaviour-order', { behaviourIds: 3 }],
    ['a question order of texts', 'PUT', '/guide/stages/{engaging}/question-order', { questionIds: ['first'] }],
    ['a copy without its source stage', 'POST', '/guide/stages/{engaging}/copy-default', {}],
    ['a bad force flag', 'DELETE', '/guide/behaviours/1?force=yes', undefined],
  ])('400 for %s', async (_case, method, path, body) => {
    const response = await call('admin', method, path.replace('{engaging}', String(stages[1]!.id)), body);
    expect([response.status, response.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('copies the default Discover behaviours onto Engaging; copying again copies nothing', async () => {
    const first = await call('admin', 'POST', `/guide/stages/${stages[1]!.id}/copy-default`, { fromStageKey: 'discover' });
    expect(first.status).toBe(200);
    expect(first.body.behaviours.map((b: { key: string }) => b.key)).toEqual(['engaging.quantify-pain', 'engaging.map-value-drivers', 'engaging.surface-assumptions']);
    expect(first.body.questionsCopied).toBe(3);
    const again = await call('admin', 'POST', `/guide/stages/${stages[1]!.id}/copy-default`, { fromStageKey: 'discover' });
    expect([again.status, again.body.behaviours, again.body.skipped.length]).toEqual([200, [], 3]);
    await refresh();
  });

  it('adds, edits, reorders and deletes behaviours and questions', async () => {
    const engaging = stages[1]!;
    const added = await call('admin', 'POST', `/guide/stages/${engaging.id}/behaviours`, { name: 'Books the next meeting live' });
    expect([added.status, added.body.key, added.body.description]).toEqual([201, 'engaging.books-the-next-meeting-live', '']);
    const edited = await call('admin', 'PATCH', `/guide/behaviours/${added.body.id}`, { description: 'Before leaving the call.' });
    expect([edited.status, edited.body.description]).toEqual([200, 'Before leaving the call.']);
    const ids = [added.body.id, ...engaging.behaviours.map((b) => b.id)];
    const order = await call('admin', 'PUT', `/guide/stages/${engaging.id}/behaviour-order`, { behaviourIds: ids });
    expect([order.status, order.body.items.map((b: { id: number }) => b.id)]).toEqual([200, ids]);
    const question = await call('admin', 'POST', `/guide/stages/${engaging.id}/questions`, { text: 'When is the next meeting?', behaviourId: added.body.id });
    expect([question.status, question.body.behaviourKey]).toEqual([201, added.body.key]);
    const stageQuestions = (await call('admin', 'GET', '/guide')).body.stages[1].questions.map((q: { id: number }) => q.id) as number[];
    expect(stageQuestions.at(-1)).toBe(question.body.id);
    const reordered = [question.body.id, ...stageQuestions.slice(0, -1)];
    const questionOrder = await call('admin', 'PUT', `/guide/stages/${engaging.id}/question-order`, { questionIds: reordered });
    expect([questionOrder.status, questionOrder.body.items.map((q: { id: number }) => q.id)]).toEqual([200, reordered]);
    const badOrder = await call('admin', 'PUT', `/guide/stages/${engaging.id}/question-order`, { questionIds: [question.body.id, question.body.id] });
    expect([badOrder.status, badOrder.body.error.code]).toEqual([422, 'unprocessable']);
    expect(badOrder.body.error.message).toMatch(/missing: #\d+.*some listed twice/);
    const unlinked = await call('admin', 'PATCH', `/guide/questions/${question.body.id}`, { behaviourId: null });
    expect([unlinked.status, unlinked.body.behaviourKey]).toEqual([200, null]);
    expect((await call('admin', 'DELETE', `/guide/questions/${question.body.id}`)).status).toBe(204);
    const removed = await call('admin', 'DELETE', `/guide/behaviours/${added.body.id}`);
    expect([removed.status, removed.body]).toEqual([200, { id: added.body.id, key: added.body.key, observationsDeleted: 0, questionsUnlinked: 0 }]);
    const { rows } = await database.pool.query(`SELECT detail->>'change' AS change FROM audit_log WHERE action = 'guide_edited' ORDER BY id`);
    expect(rows.map((r) => r.change)).toEqual([
      'stage_updated', 'default_behaviours_copied', 'default_behaviours_copied', 'behaviour_added', 'behaviour_updated',
      'behaviours_reordered', 'question_added', 'questions_reordered', 'question_updated', 'question_deleted', 'behaviour_deleted',
    ]);
  });

  it.each<[string, number, string, string, unknown]>([
    ['an unknown stage', 404, 'PATCH', '/guide/stages/99999', { name: 'X' }],
    ['an unknown stage for a behaviour', 404, 'POST', '/guide/stages/99999/behaviours', { name: 'X' }],
    ['an unknown behaviour', 404, 'PATCH', '/guide/behaviours/99999', { name: 'X' }],
    ['deleting an unknown behaviour', 404, 'DELETE', '/guide/behaviours/99999', undefined],
    ['an unknown question', 404, 'PATCH', '/guide/questions/99999', { text: 'X?' }],
    ['deleting an unknown question', 404, 'DELETE', '/guide/questions/99999', undefined],
    ['a question naming an unknown behaviour', 404, 'POST', '/guide/stages/{engaging}/questions', { text: 'New?', behaviourId: 99999 }],
    ['copying a stage the default guide lacks', 404, 'POST', '/guide/stages/{engaging}/copy-default', { fromStageKey: 'engaging' }],
    ['a stage name another stage has', 409, 'PATCH', '/guide/stages/{engaging}', { name: 'prospecting' }],
    ['a behaviour the stage already has', 409, 'POST', '/guide/stages/{engaging}/behaviours', { name: 'QUANTIFIES the cost of the problem' }],
    ['a question the stage already has', 409, 'POST', '/guide/stages/{engaging}/questions', { text: 'Which belief of theirs would have to change before they buy?' }],
    ['a question naming a behaviour of another stage', 422, 'POST', '/guide/stages/{prospecting}/questions', { text: 'New?', behaviourId: '{engaging.0}' }],
    ['a question order for an unknown stage', 404, 'PUT', '/guide/stages/99999/question-order', { questionIds: [] }],
    ['an order missing a behaviour', 422, 'PUT', '/guide/stages/{engaging}/behaviour-order', { behaviourIds: ['{engaging.0}'] }],
  ])('%s: %i', async (_case, status, method, rawPath, rawBody) => {
    const fill = (s: string) => s.replace('{engaging}', String(stages[1]!.id)).replace('{prospecting}', String(stages[0]!.id));
    const body = rawBody && JSON.parse(JSON.stringify(rawBody).replace(/"\{engaging\.0\}"/g, String(stages[1]!.behaviours[0]!.id)));
    const response = await call('admin', method, fill(rawPath), body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe({ 404: 'not_found', 409: 'conflict', 422: 'unprocessable' }[status]);
    expect(response.body.error.message.length).toBeGreaterThan(5);
  });

  it('documents every guide route in the OpenAPI document', async () => {
    const document = await (await app.request('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/guide')).sort()).toEqual([
      '/guide', '/guide/behaviours/{id}', '/guide/default', '/guide/print', '/guide/questions/{id}',
      '/guide/stages/{id}', '/guide/stages/{id}/behaviour-order', '/guide/stages/{id}/behaviours',
      '/guide/stages/{id}/copy-default', '/guide/stages/{id}/question-order', '/guide/stages/{id}/questions',
    ]);
  });
});
