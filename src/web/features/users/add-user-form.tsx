import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, UserSummary } from '../../../contract/api.ts';
import { isApiError } from '../../api/api-error.ts';
import { apiSend } from '../../api/client.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { Alert } from '../../components/alert.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { SelectField } from '../../components/select-field.tsx';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';
import { roleOptions } from './role-options.ts';
import { usePersonOptions } from './use-person-options.ts';

type Form = { email: string; role: Role; personId: string; password: string };
type Errors = Partial<Record<keyof Form, string>>;
const empty: Form = { email: '', role: 'manager', personId: '', password: '' };

function validate(form: Form): Errors {
  const errors: Errors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter an email address like name@company.com.';
  if (form.password.length < 10) errors.password = 'Use at least 10 characters.';
  if ((form.role === 'manager' || form.role === 'rep') && form.personId === '') {
    errors.personId = `Choose the person this ${form.role} is, so they see their own ${form.role === 'rep' ? 'deals' : 'team'}.`;
  }
  return errors;
}

/** Create an account with a first password; the user can sign in at once. */
export function AddUserForm() {
  const queryClient = useQueryClient();
  const people = usePersonOptions();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const create = useMutation({
    mutationFn: (body: { email: string; role: Role; personId: number | null; password: string }) =>
      apiSend<UserSummary>('POST', '/api/v1/users', body),
    onSuccess: () => {
      setForm(empty);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (error) => {
      if (isApiError(error, 'email_taken')) setErrors({ email: error.message });
      else if (isApiError(error)) setErrors(fieldErrorsFrom(error));
      focusFirstInvalid(formRef.current);
    },
  });

  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (create.isSuccess) create.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate({ email: form.email.trim(), role: form.role, personId: form.personId === '' ? null : Number(form.personId), password: form.password });
  };

  const personOptions = [{ value: '', label: people.isPending ? 'Loading people…' : 'No linked person' }, ...(people.data ?? [])];
  const otherError = create.isError && !isApiError(create.error, 'email_taken') && Object.keys(errors).length === 0;

  return (
    <form className="form" onSubmit={submit} noValidate ref={formRef}>
      {otherError && <Alert tone="danger" title="Could not add the user" live>{create.error.message}</Alert>}
      <div className="form-row">
        <TextField label="Email" type="email" name="email" autoComplete="off" value={form.email} onValueChange={set('email')} error={errors.email} />
        <SelectField label="Role" value={form.role} options={roleOptions} onValueChange={(value) => set('role')(value as Role)} error={errors.role} />
      </div>
      <div className="form-row">
        <SelectField label="Person" value={form.personId} options={personOptions} onValueChange={set('personId')} error={errors.personId}
          optional={form.role === 'admin' || form.role === 'leader'} hint="The person in your CRM data this account belongs to." />
        <TextField label="First password" type="password" name="new-password" autoComplete="new-password" value={form.password}
          onValueChange={set('password')} error={errors.password} hint="At least 10 characters." />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? <><Spinner /> Adding…</> : 'Add user'}
        </button>
        <span className="form-success" aria-live="polite">
          {create.isSuccess && `${create.data.email} can now sign in. Share the password with them safely.`}
        </span>
      </div>
    </form>
  );
}
