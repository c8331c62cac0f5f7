import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageOf, Person } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatCount } from '../../components/format-count.ts';
import { Pagination } from '../../components/pagination.tsx';
import { Pill } from '../../components/pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { RoleBadge } from '../../components/role-badge.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';

const PAGE_SIZE = 25;
const roleOptions = [
  { value: '', label: 'All roles' },
  { value: 'leader', label: 'Leaders' },
  { value: 'manager', label: 'Managers' },
  { value: 'rep', label: 'Reps' },
];

/** Everyone the user may see, searchable by name and filterable by role. */
export function PeopleTable() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebouncedValue(search.trim());
  const params = { page, pageSize: PAGE_SIZE, role, q };
  const people = useQuery({
    queryKey: ['people', params],
    queryFn: ({ signal }) => apiGet<PageOf<Person>>('/api/v1/people', params, signal),
    placeholderData: keepPreviousData,
  });

  const onSearch = (value: string) => { setSearch(value); setPage(1); };
  const onRole = (value: string) => { setRole(value); setPage(1); };

  return (
    <section className="card card-flush" aria-labelledby="people-title">
      <div className="card-header">
        <h2 id="people-title">Directory</h2>
        {people.data && <p className="numeric" aria-live="polite">{formatCount(people.data.total)} people</p>}
      </div>
      <div className="card-toolbar">
        <div className="toolbar-grow">
          <SearchField label="Search people" value={search} onValueChange={onSearch} placeholder="Name, email or team" />
        </div>
        <div className="toolbar-fixed">
          <SelectField label="Role" value={role} options={roleOptions} onValueChange={onRole} />
        </div>
      </div>
      {people.isPending && <TableSkeleton columns={7} label="Loading people…" />}
      {people.isError && <div className="card-body"><QueryError error={people.error} onRetry={() => void people.refetch()} what="people" /></div>}
      {people.data && people.data.items.length === 0 && (
        <EmptyState title={q || role ? 'No one matches' : 'No people yet'} headingLevel={3}>
          {q || role ? 'Try another name, or clear the role filter.' : 'People appear once CRM data is imported.'}
        </EmptyState>
      )}
      {people.data && people.data.items.length > 0 && (
        <ScrollRegion label="People">
          <table className="table" aria-busy={people.isFetching}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Manager</th>
                <th scope="col">Team</th>
                <th scope="col">Region</th>
                <th scope="col" className="num">Open deals</th>
                <th scope="col" className="num">Closed deals</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {people.data.items.map((person) => (
                <tr key={person.id}>
                  <th scope="row" className="cell-wrap">
                    {person.name}
                    <span className="cell-sub">{[person.title, person.email].filter(Boolean).join(' · ') || person.externalId}</span>
                  </th>
                  <td><RoleBadge role={person.role} /></td>
                  <td>{person.managerName ?? <span className="text-muted">—</span>}</td>
                  <td>{person.team ?? <span className="text-muted">—</span>}</td>
                  <td>{person.region ?? <span className="text-muted">—</span>}</td>
                  <td className="num">{formatCount(person.openDeals)}</td>
                  <td className="num">{formatCount(person.closedDeals)}</td>
                  <td>{person.active ? <Pill tone="success">Active</Pill> : <Pill tone="neutral">Inactive</Pill>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {people.data && (
        <Pagination page={people.data.page} pageSize={people.data.pageSize} total={people.data.total} onPageChange={setPage} label="People pages" />
      )}
    </section>
  );
}
