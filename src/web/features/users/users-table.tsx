import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageOf, UserSummary } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { UserRow } from './user-row.tsx';

const PAGE_SIZE = 50;

/** Every account, with its role and whether it may sign in. */
export function UsersTable() {
  const me = useCurrentUser();
  const [page, setPage] = useState(1);
  const users = useQuery({
    queryKey: ['users', { page, pageSize: PAGE_SIZE }],
    queryFn: () => apiGet<PageOf<UserSummary>>('/api/v1/users', { page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <section className="card card-flush" aria-labelledby="users-title">
      <div className="card-header"><h2 id="users-title">Accounts</h2></div>
      {users.isPending && <TableSkeleton columns={6} rows={4} label="Loading users…" />}
      {users.isError && <div className="card-body"><QueryError error={users.error} onRetry={() => void users.refetch()} what="users" /></div>}
      {users.data?.items.length === 0 && <EmptyState title="No users yet" headingLevel={3}>Add the first one below.</EmptyState>}
      {users.data && users.data.items.length > 0 && (
        <ScrollRegion label="Users">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Added</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => <UserRow key={user.id} user={user} isMe={user.id === me.id} />)}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {users.data && (
        <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPageChange={setPage} label="User pages" />
      )}
    </section>
  );
}
