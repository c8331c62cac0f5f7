// The analytics queries (src/contract/analytics.ts). Keys start with 'analytics'.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageOf, Person } from '../../../contract/api.ts';
import type { QueueResponse, RepDetailResponse, TeamResponse } from '../../../contract/analytics.ts';
import { apiGet } from '../../api/client.ts';

const ANALYTICS_STALE = 60_000;

export function useQueue(managerId: number | null, enabled: boolean) {
  const params = { managerId: managerId ?? undefined };
  return useQuery({
    queryKey: ['analytics', 'queue', params],
    queryFn: ({ signal }) => apiGet<QueueResponse>('/api/v1/analytics/queue', params, signal),
    enabled,
    staleTime: ANALYTICS_STALE,
    placeholderData: keepPreviousData,
  });
}

export function useRepDetail(id: number) {
  return useQuery({
    queryKey: ['analytics', 'rep', id],
    queryFn: ({ signal }) => apiGet<RepDetailResponse>(`/api/v1/analytics/reps/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: ANALYTICS_STALE,
  });
}

/** A manager's team, or the whole org when managerId is null (leaders and admins). */
export function useTeam(managerId: number | null, enabled = true) {
  const params = { managerId: managerId ?? undefined };
  return useQuery({
    queryKey: ['analytics', 'team', params],
    queryFn: ({ signal }) => apiGet<TeamResponse>('/api/v1/analytics/team', params, signal),
    enabled,
    staleTime: ANALYTICS_STALE,
    placeholderData: keepPreviousData,
  });
}

/** The org's managers, for the leader's manager picker. */
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
