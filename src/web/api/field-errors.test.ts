import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { fieldErrorsFrom } from './field-errors.ts';

describe('fieldErrorsFrom', () => {
  it('maps zod-style and field-style details to fields, first message wins', () => {
    const error = new ApiError(400, 'invalid_input', 'Check the form', [
      { path: ['password'], message: 'Use at least 10 characters' },
      { path: ['password'], message: 'second' },
      { field: 'email', message: 'Not an email' },
      'free text',
      { path: [], message: 'no field' },
    ]);
    expect(fieldErrorsFrom(error)).toEqual({ password: 'Use at least 10 characters', email: 'Not an email' });
  });
});
