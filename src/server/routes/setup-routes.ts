// First run: is setup needed, create the admin account, load the demo org.
import { createRoute } from '@hono/zod-openapi';
import { DemoRequest, DemoResult, SessionBody, SetupRequest, SetupStatus } from '../../contract/api.ts';
import { loadDemo } from '../../use-cases/load-demo.ts';
import { setUpOrg, setupStatus } from '../../use-cases/manage-users.ts';
import { startSession } from '../../use-cases/sign-in.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { conflict, errors, json, jsonBody } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';
import { setSessionCookie } from './auth-routes.ts';

export const setupRoutes = createRouter();

setupRoutes.openapi(createRoute({
  method: 'get', path: '/setup/status', tags: ['Setup'], summary: 'Whether the first-run setup is still needed',
  responses: { 200: json(SetupStatus, 'Setup status') },
}), async (c) => c.json(await setupStatus(c.get('database')), 200));

setupRoutes.openapi(createRoute({
  method: 'post', path: '/setup', tags: ['Setup'], summary: 'Create the organisation and its first admin (first run only)',
  request: jsonBody(SetupRequest),
  responses: { 201: json(SessionBody, 'Created and signed in'), ...errors, ...conflict },
}), async (c) => {
  const database = c.get('database');
  const result = await setUpOrg(database, c.req.valid('json'));
  if (!result.ok) {
    return result.reason === 'setup_done'
      ? apiError(c, 'setup_done', 'Setup is already done: sign in instead.')
      : apiError(c, 'email_taken', 'That e-mail already has a login.');
  }
  const { token, session } = await startSession(database, result.user);
  setSessionCookie(c, token);
  return c.json({ user: session.user, csrfToken: session.csrfToken }, 201);
});

setupRoutes.openapi(createRoute({
  method: 'post', path: '/setup/demo', tags: ['Setup'], summary: 'Load the generated demo organisation (admin)',
  request: jsonBody(DemoRequest),
  responses: { 200: json(DemoResult, 'What was loaded, and the demo logins'), ...errors },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const { seed, reps } = c.req.valid('json');
  const asOf = todayUtc();
  const result = await loadDemo(c.get('database'), { seed, reps, asOf, actorUserId: guard.viewer.userId });
  return c.json(result, 200);
});
