import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Deal, PageOf } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatCount } from '../../components/format-count.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { dealSorts, hasDealFilters, toDealQuery, type DealSort } from './deal-search-params.ts';
import { DealFiltersBar } from './deal-filters-bar.tsx';
import { DealsTable, sortLabels } from './deals-table.tsx';
import { useDealFilters } from './use-deal-filters.ts';

const sortOptions = dealSorts.map((sort) => ({ value: sort, label: sortLabels[sort].replace(/^\w/, (c) => c.toUpperCase()) }));

export function DealsPage() {
  const { filters, update } = useDealFilters();
  const query = toDealQuery(filters);
  const deals = useQuery({
    queryKey: ['deals', query],
    queryFn: ({ signal }) => apiGet<PageOf<Deal>>('/api/v1/deals', query, signal),
    placeholderData: keepPreviousData,
  });
  const filtered = hasDealFilters(filters);

  return (
    <>
      <PageHeader title="Deals" description="Every opportunity you can see, with its stage, outcome and dates. Filters stay in the address, so a view can be shared." />
      <section className="card card-flush" aria-labelledby="deals-results">
        <div className="card-toolbar">
          <DealFiltersBar filters={filters} update={update} />
        </div>
        <div className="card-header results-header">
          <h2 id="deals-results" className="results-count numeric" aria-live="polite">
            {deals.data ? `${formatCount(deals.data.total)} ${deals.data.total === 1 ? 'deal' : 'deals'}` : 'Deals'}
          </h2>
          <SelectField
            className="mobile-only sort-select"
            label="Sort by"
            value={filters.sort}
            options={sortOptions}
            onValueChange={(sort) => update({ sort: sort as DealSort })}
          />
        </div>
        {deals.isPending && <TableSkeleton columns={9} label="Loading deals…" />}
        {deals.isError && (
          <div className="card-body"><QueryError error={deals.error} onRetry={() => void deals.refetch()} what="deals" /></div>
        )}
        {deals.data && deals.data.items.length === 0 && (
          filtered ? (
            <EmptyState title="No deals match these filters" headingLevel={3}
              actions={<button type="button" className="button" onClick={() => update({ owner: '', stage: '', outcome: '', q: '' })}>Clear filters</button>}>
              Try a different owner, stage or outcome, or a shorter search.
            </EmptyState>
          ) : (
            <EmptyState title="No deals yet" headingLevel={3}>
              Deals appear here once CRM data is imported or the demo organisation is loaded.
            </EmptyState>
          )
        )}
        {deals.data && deals.data.items.length > 0 && (
          <div className="table-scroll">
            <DealsTable deals={deals.data.items} sort={filters.sort} onSort={(sort) => update({ sort })} busy={deals.isPlaceholderData} />
          </div>
        )}
        {deals.data && (
          <Pagination page={deals.data.page} pageSize={deals.data.pageSize} total={deals.data.total}
            onPageChange={(page) => { update({ page }); window.scrollTo({ top: 0 }); }} label="Deal pages" />
        )}
      </section>
    </>
  );
}
