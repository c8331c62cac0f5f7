// The HTTP application: the JSON API under /api/v1 (with its OpenAPI document and
// reference page), then the web app for every other path.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '../db/client.ts';
import { apiReference } from './api-reference.ts';
import { createRouter, type AppEnv } from './context.ts';
import { apiError } from './errors.ts';
import { resolveSession } from './session-middleware.ts';
import { accountabilityRoutes } from './routes/accountability-routes.ts';
import { cadenceRoutes } from './routes/cadence-routes.ts';
import { calendarRoutes } from './routes/calendar-routes.ts';
import { AnalysisCache } from '../use-cases/analytics/analyse-org.ts';
import { warmAnalysisAfterImports, warmStallsAfterImports } from '../use-cases/analytics/after-import.ts';
import { stallCacheOf } from '../use-cases/stalls/stall-reference-cache.ts';
import { todayUtc } from './today.ts';
import { analyticsRoutes } from './routes/analytics-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { coCreationRoutes } from './routes/cocreation-routes.ts';
import { commitmentRoutes } from './routes/commitment-routes.ts';
import { dealRoomRoutes } from './routes/deal-room-routes.ts';
import { dealRoutes } from './routes/deal-routes.ts';
import { guideRoutes } from './routes/guide-routes.ts';
import { importRoutes, MAX_UPLOAD_BYTES } from './routes/import-routes.ts';
import { innovationRoutes } from './routes/innovation-routes.ts';
import { observationRoutes } from './routes/observation-routes.ts';
import { peopleRoutes } from './routes/people-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { sessionStepRoutes } from './routes/session-step-routes.ts';
import { setupRoutes } from './routes/setup-routes.ts';
import { stallRoutes } from './routes/stall-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import { staticWeb } from './static-web.ts';

const JSON_BODY_LIMIT = 1024 * 1024;

export function createApp(database: Database, options: { webRoot?: string; serveWeb?: boolean } = {}): Hono<AppEnv> {
  const api = createRouter();
  const analysisCache = new AnalysisCache();
  warmAnalysisAfterImports(database, analysisCache, todayUtc);
  warmStallsAfterImports(database, stallCacheOf(database), todayUtc);
  api.use('*', async (c, next) => {
    c.set('database', database);
    c.set('analysisCache', analysisCache);
    await next();
  });
  api.use('*', async (c, next) => {
    const isUpload = c.req.path.endsWith('/imports') && c.req.method === 'POST';
    return bodyLimit({
      maxSize: isUpload ? MAX_UPLOAD_BYTES : JSON_BODY_LIMIT,
      onError: (ctx) => apiError(ctx, 'too_large', `The request is larger than ${Math.round((isUpload ? MAX_UPLOAD_BYTES : JSON_BODY_LIMIT) / 1048576)} MB.`),
    })(c, next);
  });
  api.use('*', resolveSession);
  for (const routes of [
    setupRoutes, authRoutes, peopleRoutes, dealRoutes, importRoutes, userRoutes, analyticsRoutes, stallRoutes, guideRoutes,
    sessionRoutes, sessionStepRoutes, observationRoutes, commitmentRoutes, cadenceRoutes, calendarRoutes, accountabilityRoutes,
    dealRoomRoutes, coCreationRoutes, innovationRoutes,
  ]) api.route('/', routes);

  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"], connectSrc: ["'self'"], frameAncestors: ["'none'"],
    },
  }));
  app.route('/api/v1', api);
  app.get('/api/openapi.json', (c) => c.json(api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Coachboard API', version: '1', description: 'Session cookie (web app, with x-csrf-token on writes) or `Authorization: Bearer <personal API token>`.' },
    servers: [{ url: '/api/v1' }],
  })));
  app.route('/api/reference', apiReference);
  app.all('/api/*', (c) => apiError(c, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  if (options.serveWeb !== false) app.route('/', staticWeb(options.webRoot));
  app.onError((error, c) => {
    console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} failed:`, error);
    return apiError(c, 'internal_error', 'Something went wrong on the server; it has been logged.');
  });
  return app;
}
