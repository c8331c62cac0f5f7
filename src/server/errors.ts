// The one place that maps error codes to HTTP statuses and writes the error body
// `{ error: { code, message, details } }` (SPEC §3.2).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'bad_request' | 'validation_failed' | 'unauthenticated' | 'invalid_credentials' | 'csrf_failed'
  | 'forbidden' | 'not_found' | 'email_taken' | 'setup_done' | 'conflict' | 'too_large'
  | 'unprocessable' | 'too_many_attempts' | 'internal_error';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400, validation_failed: 400, unauthenticated: 401, invalid_credentials: 401,
  csrf_failed: 403, forbidden: 403, not_found: 404, email_taken: 409, setup_done: 409, conflict: 409,
  too_large: 413, unprocessable: 422, too_many_attempts: 429, internal_error: 500,
};

export function apiError(c: Context, code: ErrorCode, message: string, details?: unknown[]) {
  return c.json({ error: { code, message, ...(details ? { details } : {}) } }, STATUS[code]);
}

export function validationFailed(c: Context, issues: readonly { path: PropertyKey[]; message: string }[]) {
  const details = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = details[0];
  return apiError(c, 'validation_failed', first ? `${first.path || 'request'}: ${first.message}` : 'invalid request', details);
}
