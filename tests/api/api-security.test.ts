// CSRF, sign-in rate limiting, upload size limit, personal API tokens, and response
// bodies that match the contract (the schemas the OpenAPI document is built from).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { Deal, ErrorBody, OrgTreeNode, pageOf, Person, SessionBody, SetupStatus, Stage } from '../../src/contract/api.ts';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { issueApiToken, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { MAX_FAILURES } from '../../src/use-cases/sign-in.ts';
import { apiClient } from '../helpers/api-client.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

describeEachEngine('API security and contract', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await setUpOrg(database, { orgName: 'Acme', name: 'Ada', email: 'admin@example.com', password: 'admin password 1' });
    await loadDemo(database, { seed: 5, reps: 8, asOf: '2026-06-30', actorUserId: null });
    app = createApp(database, { serveWeb: false });
  });
  afterAll(async () => database?.close());

  it('refuses a write with the session cookie but without the CSRF token', async () => {
    const client = apiClient(app);
    await client.signIn('admin@example.com', 'admin password 1');
    const token = client.csrfToken;
    client.csrfToken = null;
    const refused = await client.request('POST', '/users', { email: 'x@example.com', role: 'rep', password: 'long password' });
    expect(refused.status).toBe(403);
    expect(ErrorBody.parse(await refused.json()).error.code).toBe('csrf_failed');
    client.csrfToken = 'wrong';
    expect((await client.request('PATCH', '/users/1', { role: 'admin' })).status).toBe(403);
    client.csrfToken = token;
    expect((await client.request('POST', '/users', { email: 'x@example.com', role: 'rep', password: 'long password' })).status).toBe(201);
  });

  it('rate-limits failed sign-ins per e-mail with 429 and Retry-After, even for the right password', async () => {
    const client = apiClient(app);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect((await client.signIn('admin@example.com', `wrong ${i}`)).status).toBe(401);
    }
    const limited = await client.signIn('admin@example.com', 'admin password 1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(ErrorBody.parse(await limited.json()).error.code).toBe('too_many_attempts');
    await database.pool.query('DELETE FROM sign_in_attempts');
    expect((await client.signIn('admin@example.com', 'admin password 1')).status).toBe(200);
  });

  it('answers 413 to an upload over the limit, before reading it', async () => {
    const client = apiClient(app);
    await client.signIn('admin@example.com', 'admin password 1');
    const response = await client.request('POST', '/imports', 'x', { 'content-length': String(300 * 1024 * 1024), 'content-type': 'multipart/form-data; boundary=x' });
    expect(response.status).toBe(413);
    expect(ErrorBody.parse(await response.json()).error.code).toBe('too_large');
  });

  it('accepts a personal API token without CSRF, and rejects a revoked or wrong one', async () => {
    const token = await issueApiToken(database, 'admin@example.com', 'test');
    const ok = await app.request('/api/v1/users', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ email: 'y@example.com', role: 'rep', password: 'long password' }) });
    expect(ok.status).toBe(201);
    const wrong = await app.request('/api/v1/people', { headers: { authorization: 'Bearer cbt_nope' } });
    expect(wrong.status).toBe(401);
    await database.pool.query('UPDATE api_tokens SET revoked_at = now()');
    expect((await app.request('/api/v1/people', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('answers every read with a body that matches the contract', async () => {
    const client = apiClient(app);
    const signIn = await client.signIn('admin@example.com', 'admin password 1');
    SessionBody.parse(await signIn.json());
    const cases: [string, z.ZodTypeAny][] = [
      ['/setup/status', SetupStatus],
      ['/auth/me', SessionBody],
      ['/people?pageSize=5', pageOf(Person)],
      ['/org-tree', z.object({ roots: z.array(OrgTreeNode) })],
      ['/stages', z.object({ items: z.array(Stage) })],
      ['/deals?pageSize=20&sort=closedAt', pageOf(Deal)],
      ['/deals?outcome=open&q=a', pageOf(Deal)],
    ];
    for (const [path, schema] of cases) {
      const response = await client.request('GET', path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      const parsed = schema.safeParse(await response.json());
      expect({ path, issues: parsed.success ? [] : parsed.error.issues.slice(0, 3) }).toEqual({ path, issues: [] });
    }
    const invalid = await client.request('GET', '/deals?outcome=maybe');
    expect(invalid.status).toBe(400);
    expect(ErrorBody.parse(await invalid.json()).error.code).toBe('validation_failed');
    const missing = await client.request('GET', '/nothing-here');
    expect(missing.status).toBe(404);
  });

  it('serves the OpenAPI document with every route', async () => {
    const doc = await (await app.request('/api/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/accountability', '/accountability/managers', '/cadences', '/cadences/generate', '/cadences/{id}', '/calendar.ics',
      '/calendar/feeds', '/calendar/feeds/{id}', '/calendar/{file}', '/time-entries',
      '/analytics/queue', '/analytics/reps', '/analytics/reps/{id}', '/analytics/team', '/audit',
      '/co-creation', '/co-creation/prompts', '/co-creation/{sessionId}', '/co-creation/{sessionId}/commitments',
      '/co-creation/{sessionId}/ideas', '/co-creation/{sessionId}/ideas/{ideaId}', '/co-creation/{sessionId}/innovation',
      '/co-creation/{sessionId}/outcome', '/co-creation/{sessionId}/stakeholders', '/co-creation/{sessionId}/stakeholders/{stakeholderId}',
      '/commitments', '/commitments/{id}', '/commitments/{id}/review', '/observations', '/observations/{id}',
      '/reps/{id}/observations', '/sessions', '/sessions/{id}', '/sessions/{id}/cancel', '/sessions/{id}/commitments',
      '/sessions/{id}/hold', '/sessions/{id}/miss', '/sessions/{id}/prepare', '/sessions/{id}/reopen',
      '/sessions/{id}/specify-check', '/sessions/{id}/understand', '/settings/coaching-privacy', '/auth/me', '/auth/sign-in', '/auth/sign-out', '/deals', '/deals/{id}', '/deals/{id}/co-creation', '/deals/{id}/snooze', '/deals/{id}/suggested-innovations',
      '/guide', '/guide/behaviours/{id}', '/guide/default', '/guide/print', '/guide/questions/{id}', '/guide/stages/{id}',
      '/guide/stages/{id}/behaviour-order', '/guide/stages/{id}/behaviours', '/guide/stages/{id}/copy-default',
      '/guide/stages/{id}/question-order', '/guide/stages/{id}/questions', '/imports', '/innovations', '/innovations/{id}',
      '/innovations/{id}/uses', '/org-tree', '/people',
      '/setup', '/setup/demo', '/setup/status', '/stages', '/stalls', '/stalls/thresholds', '/users', '/users/{id}',
    ].sort());
    expect((await app.request('/api/reference')).status).toBe(200);
  });
});
