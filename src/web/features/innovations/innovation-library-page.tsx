import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { InnovationCard } from '../../components/innovation-card.tsx';
import { obstacleLabels, obstacleOrder } from '../../components/obstacle-labels.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { readLibraryFilters, writeLibraryFilters } from './library-filters.ts';
import { useInnovations, type LibraryFilters } from './use-innovations.ts';
import './innovations.css';

/** What worked for others on stalled deals: searchable, filterable, and offered as learning. */
export function InnovationLibraryPage() {
  const [search, setSearch] = useSearchParams();
  const filters = readLibraryFilters(search);
  const update = (change: Partial<LibraryFilters>, replace = false) => setSearch(writeLibraryFilters(filters, change), { replace });
  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced }, true);
    // Only the debounced text drives the address; the rest is read fresh on each render.
  }, [debounced]);
  const list = useInnovations(filters);
  const data = list.data;
  const filtered = filters.q.trim() !== '' || filters.segment !== '' || filters.obstacle !== '';
  const segments = data?.segments ?? [];

  return (
    <>
      <PageHeader title="Innovation library"
        description="What worked for others on stalled deals: the situation, the approach, and what it taught us about how customers buy. Borrow, adapt or set aside: nothing here is a required play." />
      <section className="card card-flush" aria-label="Innovations">
        <div className="card-toolbar library-toolbar">
          <div className="toolbar-grow">
            <SearchField label="Search" value={text} onValueChange={setText} placeholder="e.g. budget freeze, pilot, procurement" />
          </div>
          <SelectField label="Segment" value={filters.segment} onValueChange={(segment) => update({ segment })}
            options={[{ value: '', label: 'Every segment' }, ...segments.map((s) => ({ value: s, label: s })),
              ...(filters.segment !== '' && !segments.includes(filters.segment) ? [{ value: filters.segment, label: filters.segment }] : [])]} />
          <SelectField label="Obstacle" value={filters.obstacle} onValueChange={(obstacle) => update({ obstacle })}
            options={[{ value: '', label: 'Every obstacle' }, ...obstacleOrder.map((o) => ({ value: o, label: obstacleLabels[o] }))]} />
        </div>
        <div className="card-header results-header">
          <h2 className="results-count numeric" aria-live="polite">
            {data ? `${data.total} ${data.total === 1 ? 'innovation' : 'innovations'}${filters.q.trim() !== '' ? ` matching “${filters.q.trim()}”` : ''}` : 'Innovations'}
          </h2>
          {filters.q.trim() !== '' && <p>Most relevant first; matching words are highlighted.</p>}
        </div>
        {list.isPending && <p className="card-body text-secondary" role="status">Searching the library…</p>}
        {list.isError && <div className="card-body"><QueryError error={list.error} onRetry={() => void list.refetch()} what="the innovation library" /></div>}
        {data !== undefined && data.items.length === 0 && (
          filtered ? (
            <EmptyState title="Nothing matches" headingLevel={3}
              actions={<button type="button" className="button" onClick={() => { setText(''); update({ q: '', segment: '', obstacle: '' }); }}>Clear search and filters</button>}>
              Try fewer or different words, or another segment or obstacle.
            </EmptyState>
          ) : (
            <EmptyState title="The library is empty so far" headingLevel={3}>
              When a co-creation session on a stalled deal works, its manager captures what it taught us here, for everyone to learn from.
            </EmptyState>
          )
        )}
        {data !== undefined && data.items.length > 0 && (
          <div className="library-results" aria-busy={list.isPlaceholderData}>
            {data.items.map((innovation) => (
              <InnovationCard key={innovation.id} innovation={innovation} headingLevel={3} showSnippet={filters.q.trim() !== ''} />
            ))}
          </div>
        )}
        {data !== undefined && (
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} label="Innovation pages"
            onPageChange={(page) => { update({ page }); window.scrollTo({ top: 0 }); }} />
        )}
      </section>
    </>
  );
}
