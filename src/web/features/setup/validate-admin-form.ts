// Client-side checks for the first admin account; the server checks the same rules again.
export type AdminForm = { orgName: string; name: string; email: string; password: string; confirm: string };
export type AdminFormErrors = Partial<Record<keyof AdminForm, string>>;

export const MIN_PASSWORD_LENGTH = 10;

export function validateAdminForm(form: AdminForm): AdminFormErrors {
  const errors: AdminFormErrors = {};
  if (form.orgName.trim() === '') errors.orgName = 'Enter the name of your sales organisation.';
  if (form.name.trim() === '') errors.name = 'Enter your name.';
  if (form.email.trim() === '') errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'Enter an email address like name@company.com.';
  if (form.password.length < MIN_PASSWORD_LENGTH) errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (form.confirm === '') errors.confirm = 'Enter the password again.';
  else if (form.confirm !== form.password) errors.confirm = 'The two passwords do not match.';
  return errors;
}
