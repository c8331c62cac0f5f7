import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../contract/api.ts';
import { useCurrentUser } from '../api/session.ts';
import { EmptyState } from './empty-state.tsx';
import { PageHeader } from './page-header.tsx';

type Props = { roles: readonly Role[]; children: ReactNode };

/** Hides a page from roles that may not use it (the API enforces the same rule). */
export function RequireRole({ roles, children }: Props) {
  const user = useCurrentUser();
  if (roles.includes(user.role)) return <>{children}</>;
  return (
    <>
      <PageHeader title="Not available" description="This page is for administrators." />
      <div className="card">
        <EmptyState title="You do not have access to this page" actions={<Link className="button" to="/deals">Go to Deals</Link>}>
          Ask an administrator of your Coachboard if you need it.
        </EmptyState>
      </div>
    </>
  );
}
