// The innovation library's queries (docs/innovation.md). Keys start with 'innovations'.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Innovation, InnovationsResponse } from '../../../contract/innovation.ts';
import { apiGet } from '../../api/client.ts';

export type LibraryFilters = { q: string; segment: string; obstacle: string; page: number };
export const LIBRARY_PAGE_SIZE = 20;

export function useInnovations(filters: LibraryFilters) {
  const params = { q: filters.q.trim(), segment: filters.segment, obstacle: filters.obstacle, page: filters.page, pageSize: LIBRARY_PAGE_SIZE };
  return useQuery({
    queryKey: ['innovations', 'list', params],
    queryFn: ({ signal }) => apiGet<InnovationsResponse>('/api/v1/innovations', params, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useInnovation(id: number) {
  return useQuery({
    queryKey: ['innovations', 'detail', id],
    queryFn: ({ signal }) => apiGet<Innovation>(`/api/v1/innovations/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
