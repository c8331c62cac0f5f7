// The stalled-deals page's state lives in the address (?managerId&asOf&sort&page), so a view can be shared.
import { useSearchParams } from 'react-router';
import type { StallParams, StallSort } from './use-stalls.ts';

const sorts: readonly StallSort[] = ['amount', '-amount', 'age', '-age'];

export function readStallParams(search: URLSearchParams): StallParams {
  const manager = search.get('managerId') ?? '';
  const asOf = search.get('asOf') ?? '';
  const sort = search.get('sort') ?? '';
  const page = Number(search.get('page') ?? '1');
  return {
    managerId: /^\d+$/.test(manager) ? Number(manager) : null,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    sort: (sorts as readonly string[]).includes(sort) ? sort as StallSort : '-amount',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Changing anything but the page goes back to page 1. */
export function writeStallParams(current: URLSearchParams, change: Partial<Record<'managerId' | 'asOf' | 'sort' | 'page', string>>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(change)) {
    if (value === '' || value === undefined || (key === 'sort' && value === '-amount') || (key === 'page' && value === '1')) next.delete(key);
    else next.set(key, value);
  }
  if (!('page' in change)) next.delete('page');
  return next;
}

export function useStallParams() {
  const [search, setSearch] = useSearchParams();
  return {
    params: readStallParams(search),
    update: (change: Parameters<typeof writeStallParams>[1]) => setSearch(writeStallParams(search, change)),
  };
}
