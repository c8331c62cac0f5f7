import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../contract/api.ts';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

type Props = { roles: readonly Role[]; who: string; children: ReactNode };

/** Hides an analytics page from roles the API would refuse, saying who the page is for. */
export function RoleGate({ roles, who, children }: Props) {
  const user = useCurrentUser();
  if (roles.includes(user.role)) return <>{children}</>;
  return (
    <>
      <PageHeader title="Not available" description={`This page is for ${who}.`} />
      <div className="card">
        <EmptyState title="You do not have access to this page" actions={<Link className="button" to="/deals">Go to Deals</Link>}>
          Ask an administrator of your Coachboard if you need it.
        </EmptyState>
      </div>
    </>
  );
}
