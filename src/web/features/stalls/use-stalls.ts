// The stalled-deals queries (docs/stalls.md). Keys start with 'stalls'.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageOf, Person } from '../../../contract/api.ts';
import type { StallsResponse } from '../../../contract/stalls.ts';
import { apiGet } from '../../api/client.ts';

export type StallSort = 'amount' | '-amount' | 'age' | '-age';
export type StallParams = { managerId: number | null; asOf: string | null; sort: StallSort; page: number };

export const STALLS_PAGE_SIZE = 50;

export function useStalls(params: StallParams) {
  const query = { managerId: params.managerId ?? undefined, asOf: params.asOf ?? undefined, sort: params.sort, page: params.page, pageSize: STALLS_PAGE_SIZE };
  return useQuery({
    queryKey: ['stalls', query],
    queryFn: ({ signal }) => apiGet<StallsResponse>('/api/v1/stalls', query, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The org's managers, for a leader's scope picker. */
export function useManagerOptions(enabled: boolean) {
  const params = { role: 'manager', page: 1, pageSize: 500 };
  return useQuery({
    queryKey: ['people', params],
    queryFn: () => apiGet<PageOf<Person>>('/api/v1/people', params),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => [...page.items]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: String(person.id), label: person.team && person.team !== person.name ? `${person.name} (${person.team})` : person.name })),
  });
}
