import { useEffect, useState } from 'react';
import { SearchField } from '../../components/search-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { hasDealFilters, outcomes, type DealFilters, type Outcome } from './deal-search-params.ts';
import { outcomeLabels } from './outcome-pill.tsx';
import { useOwnerOptions, useStageOptions } from './use-deal-options.ts';

type Props = { filters: DealFilters; update: (change: Partial<DealFilters>, options?: { replace?: boolean }) => void };

const outcomeOptions = [{ value: '', label: 'Any outcome' }, ...outcomes.map((o) => ({ value: o, label: outcomeLabels[o] }))];

/** Owner, stage, outcome and text search; every change lands in the URL. */
export function DealFiltersBar({ filters, update }: Props) {
  const owners = useOwnerOptions();
  const stages = useStageOptions();
  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text.trim(), 350);

  // Typing updates the URL once the user pauses (replacing history, not adding to it)…
  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced }, { replace: true });
  }, [debounced]);
  // …and a URL change from elsewhere (back button, "Clear filters") updates the box.
  useEffect(() => {
    if (filters.q !== text.trim()) setText(filters.q);
  }, [filters.q]);

  const ownerOptions = [{ value: '', label: owners.isPending ? 'Loading…' : 'Anyone' }, ...(owners.data ?? [])];
  const stageOptions = [{ value: '', label: stages.isPending ? 'Loading…' : 'Any stage' }, ...(stages.data ?? [])];

  return (
    <div className="filter-bar" role="search" aria-label="Filter deals">
      <SearchField label="Search" value={text} onValueChange={setText} placeholder="Deal, account or product" />
      <SelectField label="Owner" value={filters.owner} options={ownerOptions} onValueChange={(owner) => update({ owner })} />
      <SelectField label="Stage" value={filters.stage} options={stageOptions} onValueChange={(stage) => update({ stage })} />
      <SelectField
        label="Outcome"
        value={filters.outcome}
        options={outcomeOptions}
        onValueChange={(outcome) => update({ outcome: outcome as Outcome | '' })}
      />
      <button
        type="button"
        className="button button-ghost"
        disabled={!hasDealFilters(filters)}
        onClick={() => { setText(''); update({ owner: '', stage: '', outcome: '', q: '' }); }}
      >
        Clear filters
      </button>
    </div>
  );
}
