// The one error type the web app sees from the API. The server always answers errors as
// { error: { code, message, details } }; anything else (a proxy page, a dropped
// connection) is turned into the same shape here so that pages handle one thing.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown[];

  constructor(status: number, code: string, message: string, details: unknown[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type ErrorPayload = { error?: { code?: unknown; message?: unknown; details?: unknown } };

export function toApiError(status: number, payload: unknown): ApiError {
  const body = (payload ?? {}) as ErrorPayload;
  const code = typeof body.error?.code === 'string' ? body.error.code : fallbackCode(status);
  const message = typeof body.error?.message === 'string' && body.error.message !== ''
    ? body.error.message
    : fallbackMessage(status);
  const details = Array.isArray(body.error?.details) ? body.error.details : [];
  return new ApiError(status, code, message, details);
}

export function networkError(): ApiError {
  return new ApiError(0, 'network_error', 'Cannot reach the Coachboard server. Check that it is running, then try again.');
}

function fallbackCode(status: number): string {
  if (status === 413) return 'too_large';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return status >= 500 ? 'server_error' : 'bad_request';
}

function fallbackMessage(status: number): string {
  if (status === 413) return 'The upload is too large. Split the export into smaller files and try again.';
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'You do not have permission to do this.';
  if (status === 404) return 'Not found.';
  if (status === 502 || status === 503 || status === 504) {
    return 'The Coachboard server is not responding. Try again in a moment.';
  }
  if (status >= 500) return 'Something went wrong on the server. Try again; if it keeps happening, check the server log.';
  return `The request failed (HTTP ${status}).`;
}
