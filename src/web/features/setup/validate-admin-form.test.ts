import { describe, expect, it } from 'vitest';
import { validateAdminForm } from './validate-admin-form.ts';

const valid = { orgName: 'Acme', name: 'Ada', email: 'ada@acme.test', password: 'long enough!', confirm: 'long enough!' };

describe('validateAdminForm', () => {
  it('accepts a complete form', () => {
    expect(validateAdminForm(valid)).toEqual({});
  });

  it('names each problem on its field', () => {
    const errors = validateAdminForm({ orgName: ' ', name: '', email: 'ada', password: 'short', confirm: 'other' });
    expect(Object.keys(errors).sort()).toEqual(['confirm', 'email', 'name', 'orgName', 'password']);
    expect(errors.password).toBe('Use at least 10 characters.');
  });

  it('asks for the confirmation when it is empty', () => {
    expect(validateAdminForm({ ...valid, confirm: '' }).confirm).toBe('Enter the password again.');
  });
});
