// The app the coaching API tests drive: createApp's, when it serves the session routes;
// until they are registered in src/server/app.ts, a Hono app built the same way (the same
// database and cache variables, the same session and CSRF middleware) with them mounted.
import { Hono } from 'hono';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { createRouter, type AppEnv } from '../../src/server/context.ts';
import { apiError } from '../../src/server/errors.ts';
import { authRoutes } from '../../src/server/routes/auth-routes.ts';
import { commitmentRoutes } from '../../src/server/routes/commitment-routes.ts';
import { observationRoutes } from '../../src/server/routes/observation-routes.ts';
import { sessionRoutes } from '../../src/server/routes/session-routes.ts';
import { sessionStepRoutes } from '../../src/server/routes/session-step-routes.ts';
import { resolveSession } from '../../src/server/session-middleware.ts';
import { AnalysisCache } from '../../src/use-cases/analytics/analyse-org.ts';

export async function coachingApp(database: Database): Promise<Hono<AppEnv>> {
  const app = createApp(database, { serveWeb: false });
  const document = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  if ('/sessions/{id}/prepare' in document.paths) return app;
  const api = createRouter();
  const analysisCache = new AnalysisCache();
  api.use('*', async (c, next) => {
    c.set('database', database);
    c.set('analysisCache', analysisCache);
    await next();
  });
  api.use('*', resolveSession);
  for (const routes of [authRoutes, sessionRoutes, sessionStepRoutes, observationRoutes, commitmentRoutes]) api.route('/', routes);
  const own = new Hono<AppEnv>();
  own.route('/api/v1', api);
  own.all('/api/*', (c) => apiError(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  own.onError((error, c) => {
    console.error(error);
    return apiError(c, 'internal_error', 'Something went wrong on the server; it has been logged.');
  });
  return own;
}
