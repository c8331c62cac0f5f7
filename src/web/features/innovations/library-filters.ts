// The library's search and filters live in the address (?q&segment&obstacle&page), so a search can be shared.
import type { LibraryFilters } from './use-innovations.ts';

const obstacles = ['price_budget', 'status_quo', 'competing_priority', 'stakeholder_resistance', 'risk_compliance', 'timing', 'technical_fit', 'other'];

export function readLibraryFilters(search: URLSearchParams): LibraryFilters {
  const page = Number(search.get('page') ?? '1');
  const obstacle = search.get('obstacle') ?? '';
  return {
    q: (search.get('q') ?? '').slice(0, 200),
    segment: (search.get('segment') ?? '').slice(0, 100),
    obstacle: obstacles.includes(obstacle) ? obstacle : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Any change but the page itself goes back to page 1; empty values leave the address. */
export function writeLibraryFilters(current: LibraryFilters, change: Partial<LibraryFilters>): URLSearchParams {
  const next = { ...current, ...change, page: change.page ?? 1 };
  const search = new URLSearchParams();
  if (next.q.trim() !== '') search.set('q', next.q);
  if (next.segment !== '') search.set('segment', next.segment);
  if (next.obstacle !== '') search.set('obstacle', next.obstacle);
  if (next.page > 1) search.set('page', String(next.page));
  return search;
}
