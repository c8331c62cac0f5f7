// Shorthands for route definitions: JSON bodies and the error responses every route has.
import { z } from '@hono/zod-openapi';
import { ErrorBody } from '../contract/api.ts';

export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { 'application/json': { schema } }, description,
});

export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const err = (description: string) => json(ErrorBody, description);

export const errors = {
  400: err('Invalid request'),
  401: err('Not signed in'),
  403: err('Not allowed for this role, or CSRF check failed'),
  // Declared without a schema on purpose: it lets handlers return our shared error
  // responses (typed loosely); the API tests check every body against the contract instead.
  500: { description: 'Unexpected server error (logged); body is an Error' },
} as const;

export const notFound = { 404: err('Not found') } as const;
export const conflict = { 409: err('Conflict') } as const;
export const tooMany = { 429: err('Too many attempts') } as const;
export const tooLarge = { 413: err('Upload too large') } as const;
