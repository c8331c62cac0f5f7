// Resolves the caller (session cookie or personal API token) and enforces CSRF: a
// state-changing request made with the session cookie must echo the session's CSRF token
// in `x-csrf-token`. The routes that work without a session (sign-in, setup) accept only
// JSON bodies, which a cross-site form cannot send.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionFromApiToken, sessionFromCookie } from '../use-cases/sign-in.ts';
import type { AppEnv } from './context.ts';
import { apiError } from './errors.ts';

export const SESSION_COOKIE = 'cb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const database = c.get('database');
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const cookie = getCookie(c, SESSION_COOKIE) ?? null;
  c.set('sessionToken', cookie);
  if (bearer) {
    const session = await sessionFromApiToken(database, bearer);
    if (!session) return apiError(c, 'unauthenticated', 'The API token is not valid.');
    c.set('session', session);
    return next();
  }
  const session = cookie ? await sessionFromCookie(database, cookie) : null;
  c.set('session', session);
  if (session && !SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
    return apiError(c, 'csrf_failed', 'Missing or wrong x-csrf-token header; reload the page and try again.');
  }
  return next();
};
