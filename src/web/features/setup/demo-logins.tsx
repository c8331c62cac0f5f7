import type { DemoResult } from '../../../contract/api.ts';

/** After the demo loads: how to see Coachboard as a leader, a manager or a rep. */
export function DemoLogins({ result }: { result: DemoResult }) {
  if (!result.demoPassword || result.logins.length === 0) return null;
  const examples = (['leader', 'manager', 'rep'] as const)
    .map((role) => result.logins.find((login) => login.role === role))
    .filter((login) => login !== undefined);
  return (
    <div className="stack">
      <h2>See it through their eyes</h2>
      <p>
        Every demo person can sign in, with the password <code>{result.demoPassword}</code> (shown only now).
        A manager sees their own team; a rep sees only their own deals. For example:
      </p>
      <table className="table">
        <caption className="sr-only">Example demo logins</caption>
        <thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">E-mail</th></tr></thead>
        <tbody>
          {examples.map((login) => (
            <tr key={login.email}><td>{login.role}</td><td>{login.name}</td><td><code>{login.email}</code></td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
