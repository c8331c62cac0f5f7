// Turns an API validation error's details into messages per form field. The server sends
// details as a list; items that name a field (zod-style { path: ['email'], message } or
// { field: 'email', message }) are attached to that field, the rest stay in the alert.
import type { ApiError } from './api-error.ts';

export function fieldErrorsFrom(error: ApiError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const item of error.details) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, field, message } = item as { path?: unknown; field?: unknown; message?: unknown };
    const name = typeof field === 'string' ? field : Array.isArray(path) && typeof path[0] === 'string' ? path[0] : null;
    if (name !== null && typeof message === 'string' && errors[name] === undefined) errors[name] = message;
  }
  return errors;
}
