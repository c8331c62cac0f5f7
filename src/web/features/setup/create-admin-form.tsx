import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionBody } from '../../../contract/api.ts';
import { isApiError } from '../../api/api-error.ts';
import { apiSend } from '../../api/client.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useStoreSession } from '../../api/session.ts';
import { setupStatusKey } from '../../api/session-key.ts';
import { Alert } from '../../components/alert.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';
import { MIN_PASSWORD_LENGTH, validateAdminForm, type AdminForm, type AdminFormErrors } from './validate-admin-form.ts';

const empty: AdminForm = { orgName: '', name: '', email: '', password: '', confirm: '' };

/** Step 1 of setup: the organisation and its first administrator. */
export function CreateAdminForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<AdminFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const storeSession = useStoreSession();
  const queryClient = useQueryClient();
  const setup = useMutation({
    mutationFn: ({ confirm: _confirm, ...body }: AdminForm) => apiSend<SessionBody>('POST', '/api/v1/setup', body),
    onSuccess: async (session) => {
      storeSession(session);
      await queryClient.invalidateQueries({ queryKey: setupStatusKey });
      onCreated();
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(fieldErrorsFrom(error));
      focusFirstInvalid(formRef.current);
    },
  });

  const set = (key: keyof AdminForm) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateAdminForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(formRef.current);
    else setup.mutate({ ...form, orgName: form.orgName.trim(), name: form.name.trim(), email: form.email.trim() });
  };

  return (
    <form className="form" onSubmit={submit} noValidate ref={formRef}>
      {setup.isError && (
        <Alert tone="danger" title="Could not create the account" live>{setup.error.message}</Alert>
      )}
      <TextField label="Organisation name" name="orgName" autoComplete="organization" value={form.orgName}
        onValueChange={set('orgName')} error={errors.orgName} hint="Shown to everyone in your Coachboard." autoFocus />
      <div className="form-row">
        <TextField label="Your name" name="name" autoComplete="name" value={form.name} onValueChange={set('name')} error={errors.name} />
        <TextField label="Work email" name="email" type="email" autoComplete="username" value={form.email}
          onValueChange={set('email')} error={errors.email} />
      </div>
      <div className="form-row">
        <TextField label="Password" name="password" type="password" autoComplete="new-password" value={form.password}
          onValueChange={set('password')} error={errors.password} hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
        <TextField label="Confirm password" name="confirm" type="password" autoComplete="new-password" value={form.confirm}
          onValueChange={set('confirm')} error={errors.confirm} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={setup.isPending}>
          {setup.isPending ? <><Spinner /> Creating your account…</> : 'Create admin account'}
        </button>
        <span className="text-secondary">You will be signed in as the administrator.</span>
      </div>
    </form>
  );
}
