// Sign-in, sign-out and the current session.
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { SessionBody, SignInRequest } from '../../contract/api.ts';
import { SESSION_TTL_HOURS, signIn, signOut } from '../../use-cases/sign-in.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, jsonBody, tooMany } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { SESSION_COOKIE } from '../session-middleware.ts';
import type { Context } from 'hono';

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'Lax', path: '/', maxAge: SESSION_TTL_HOURS * 3600,
    secure: c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https',
  });
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const authRoutes = createRouter();

authRoutes.openapi(createRoute({
  method: 'post', path: '/auth/sign-in', tags: ['Auth'], summary: 'Sign in with e-mail and password',
  request: jsonBody(SignInRequest),
  responses: { 200: json(SessionBody, 'Signed in; sets the session cookie'), ...errors, ...tooMany },
}), async (c) => {
  const { email, password } = c.req.valid('json');
  const result = await signIn(c.get('database'), email, password, clientAddress(c));
  if (!result.ok) {
    if (result.reason === 'too_many_attempts') {
      c.header('Retry-After', String(result.retryAfterMinutes * 60));
      return apiError(c, 'too_many_attempts', `Too many failed sign-ins. Try again in ${result.retryAfterMinutes} minutes.`);
    }
    return apiError(c, 'invalid_credentials', 'E-mail or password is not right.');
  }
  setSessionCookie(c, result.token);
  return c.json({ user: result.session.user, csrfToken: result.session.csrfToken }, 200);
});

authRoutes.openapi(createRoute({
  method: 'post', path: '/auth/sign-out', tags: ['Auth'], summary: 'Sign out (ends the session)',
  responses: { 204: { description: 'Signed out' }, ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const token = c.get('sessionToken');
  if (token) await signOut(c.get('database'), token, guard.viewer);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.body(null, 204);
});

authRoutes.openapi(createRoute({
  method: 'get', path: '/auth/me', tags: ['Auth'], summary: 'The signed-in user and the CSRF token',
  responses: { 200: json(SessionBody, 'The current session'), ...errors },
}), (c) => {
  const session = c.get('session');
  if (!session) return apiError(c, 'unauthenticated', 'Sign in first.');
  return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
});
