import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { useSignIn } from '../../api/session.ts';
import { Alert } from '../../components/alert.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';

type Errors = { email?: string; password?: string };

function validate(email: string, password: string): Errors {
  const errors: Errors = {};
  if (email.trim() === '') errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = 'Enter an email address like name@company.com.';
  if (password === '') errors.password = 'Enter your password.';
  return errors;
}

function failureMessage(error: Error): { title: string; body: string } {
  if (isApiError(error, 'invalid_credentials')) {
    return { title: 'Email or password is incorrect', body: 'Check both and try again.' };
  }
  if (isApiError(error, 'too_many_attempts')) return { title: 'Too many attempts', body: error.message };
  return { title: 'Could not sign in', body: error.message };
}

/** Email + password. A successful sign-in stores the session, and the page redirects. */
export function SignInForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(email, password);
    setErrors(found);
    if (found.email || found.password) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  };

  const failure = signIn.error ? failureMessage(signIn.error) : null;
  const locked = isApiError(signIn.error, 'too_many_attempts');

  return (
    <form className="form auth-card-body" onSubmit={submit} noValidate>
      {failure && <Alert tone={locked ? 'warning' : 'danger'} title={failure.title} live>{failure.body}</Alert>}
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onValueChange={setEmail}
        error={errors.email}
        autoFocus
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors.password}
      />
      <button type="submit" className="button button-primary button-block" disabled={signIn.isPending}>
        {signIn.isPending ? <><Spinner /> Signing in…</> : 'Sign in'}
      </button>
    </form>
  );
}
