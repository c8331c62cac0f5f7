// The guide's limits as the editor checks them before sending (the API checks them again:
// src/contract/guide.ts, docs/coaching-guide.md). Each returns the message shown next to the field, or null.
import type { ApiError } from '../../api/api-error.ts';

export const MAX_PER_STAGE = 8;

export function checkText(value: string, what: string, max: number): string | null {
  const length = value.trim().length;
  if (length === 0) return `Write the ${what}.`;
  return length > max ? `The ${what} is ${length} characters; at most ${max} fit the printed guide.` : null;
}

export function checkDescription(value: string): string | null {
  return value.trim().length > 240 ? `The description is ${value.trim().length} characters; at most 240.` : null;
}

/** Expected days: empty (use the median) or a whole number of days from 1 to 730. */
export function checkExpectedDays(value: string): string | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 730 ? null : 'A whole number of days from 1 to 730, or empty to use the median.';
}

/** Conversion target in percent: empty (use the median) or above 0 and at most 100. */
export function checkTargetPercent(value: string): string | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= 100 ? null : 'A percentage above 0 and at most 100, or empty to use the median.';
}

/**
 * The server's refusal, placed next to a field: a 400 names its field; anything else (a
 * duplicate name, a full stage, a network failure) goes next to the form's main field.
 */
export function serverFieldErrors(error: ApiError | null, fields: readonly string[]): Record<string, string> {
  if (error === null) return {};
  const out: Record<string, string> = {};
  for (const d of error.details) {
    const { path, message } = (d ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path === 'string' && typeof message === 'string' && fields.includes(path) && out[path] === undefined) out[path] = message;
  }
  if (Object.keys(out).length === 0) out[fields[0]!] = error.message;
  return out;
}
