import type { CurrentUser } from '../../contract/api.ts';
import { useSignOut } from '../api/session.ts';
import { roleLabels } from './role-badge.tsx';

/** Who is signed in, and the way out. */
export function NavUser({ user }: { user: CurrentUser }) {
  const signOut = useSignOut();
  return (
    <section className="nav-user" aria-label="Signed-in user">
      <div className="nav-user-text">
        <span className="nav-user-name" title={user.email}>{user.name ?? user.email}</span>
        <span className="nav-user-role">{roleLabels[user.role]}</span>
      </div>
      <button
        type="button"
        className="button button-sm"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </section>
  );
}
