// The server's per-request context: the database and the signed-in session, if any.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/client.ts';
import type { AnalysisCache } from '../use-cases/analytics/analyse-org.ts';
import type { SessionUser } from '../use-cases/sign-in.ts';
import { validationFailed } from './errors.ts';

export type AppEnv = {
  Variables: {
    database: Database;
    /** Org analyses, kept until an import changes the org's data. */
    analysisCache: AnalysisCache;
    session: SessionUser | null;
    /** The raw session cookie value, when the request came with one. */
    sessionToken: string | null;
  };
};

/** A router whose validation failures answer with our error shape (400). */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationFailed(c, result.error.issues);
      return undefined;
    },
  });
}
