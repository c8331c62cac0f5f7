// The deals page keeps its filters in the URL (?owner=&stage=&outcome=&q=&sort=&page=) so
// that a filtered list can be bookmarked, shared and restored with the back button.

export const dealSorts = ['-amount', 'amount', '-closedAt', 'closedAt', 'name', '-name', '-createdAt', 'createdAt'] as const;
export type DealSort = (typeof dealSorts)[number];
export const outcomes = ['open', 'won', 'lost', 'no_decision'] as const;
export type Outcome = (typeof outcomes)[number];

export const DEFAULT_SORT: DealSort = '-amount';
export const DEALS_PAGE_SIZE = 50;

export type DealFilters = { owner: string; stage: string; outcome: Outcome | ''; q: string; sort: DealSort; page: number };
export type FilterKey = 'owner' | 'stage' | 'outcome' | 'q';

export function readDealFilters(params: URLSearchParams): DealFilters {
  const owner = params.get('owner') ?? '';
  const outcome = params.get('outcome') ?? '';
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    owner: /^\d+$/.test(owner) ? owner : '',
    stage: params.get('stage') ?? '',
    outcome: (outcomes as readonly string[]).includes(outcome) ? (outcome as Outcome) : '',
    q: params.get('q') ?? '',
    sort: (dealSorts as readonly string[]).includes(sort) ? (sort as DealSort) : DEFAULT_SORT,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The URL after changing some filters: empty values and defaults are left out, and any
 * change other than the page itself goes back to page 1. */
export function writeDealFilters(current: DealFilters, change: Partial<DealFilters>): URLSearchParams {
  const next = { ...current, ...change };
  if (change.page === undefined) next.page = 1;
  const params = new URLSearchParams();
  if (next.owner) params.set('owner', next.owner);
  if (next.stage) params.set('stage', next.stage);
  if (next.outcome) params.set('outcome', next.outcome);
  if (next.q) params.set('q', next.q);
  if (next.sort !== DEFAULT_SORT) params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  return params;
}

export function hasDealFilters(filters: DealFilters): boolean {
  return filters.owner !== '' || filters.stage !== '' || filters.outcome !== '' || filters.q !== '';
}

/** Query parameters for GET /api/v1/deals. */
export function toDealQuery(filters: DealFilters) {
  return {
    owner: filters.owner, stage: filters.stage, outcome: filters.outcome, q: filters.q,
    sort: filters.sort, page: filters.page, pageSize: DEALS_PAGE_SIZE,
  };
}
