// Guards used at the top of route handlers: who may call, answered with 401 or 403.
import type { Context } from 'hono';
import type { Role, Viewer } from '../core/access/viewer.ts';
import type { AppEnv } from './context.ts';
import { apiError } from './errors.ts';

export type Guarded = { ok: true; viewer: Viewer } | { ok: false; response: Response };

export function requireViewer(c: Context<AppEnv>, roles?: readonly Role[]): Guarded {
  const session = c.get('session');
  if (!session) return { ok: false, response: apiError(c, 'unauthenticated', 'Sign in first.') };
  if (roles && !roles.includes(session.viewer.role)) {
    return { ok: false, response: apiError(c, 'forbidden', `This needs one of these roles: ${roles.join(', ')}.`) };
  }
  return { ok: true, viewer: session.viewer };
}
