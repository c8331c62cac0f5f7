// The cadence page's queries and writes (docs/cadences-and-calendar.md). Keys start with
// 'cadences'; planned sessions live under ['sessions', 'list', …] like the rest of the app.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Deal, PageOf, Person } from '../../../contract/api.ts';
import type { Cadence, CadencesResponse, GenerateResponse } from '../../../contract/cadence.ts';
import type { SessionDetail, SessionListItem } from '../../../contract/coaching.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export const HORIZON_WEEKS = 4;

export const todayIso = () => new Date().toISOString().slice(0, 10);
export const addDaysIso = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function useCadences(managerId: number | null, enabled: boolean) {
  const params = { managerId: managerId ?? undefined };
  return useQuery({
    queryKey: ['cadences', params],
    queryFn: ({ signal }) => apiGet<CadencesResponse>('/api/v1/cadences', params, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The manager's planned sessions over the horizon, soonest first. */
export function useUpcomingSessions(managerId: number | null, enabled: boolean) {
  const from = todayIso();
  const params = { managerId: managerId ?? undefined, status: 'planned', from, to: addDaysIso(from, HORIZON_WEEKS * 7), order: 'asc', page: 1, pageSize: 200 };
  return useQuery({
    queryKey: ['sessions', 'list', params],
    queryFn: ({ signal }) => apiGet<PageOf<SessionListItem>>('/api/v1/sessions', params, signal),
    enabled,
  });
}

/** Plans the coming weeks from the cadences (idempotent), then refreshes the list. */
export function useGenerateSessions(managerId: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<GenerateResponse>('POST', '/api/v1/cadences/generate', { managerId: managerId ?? undefined, horizonWeeks: HORIZON_WEEKS }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'list'] }),
  });
}

/**
 * Saves a cadence. The API drops the cadence's untouched future planned sessions; planning
 * again at once puts them at the new time, so the list below never shows a gap.
 */
export function useSaveCadence(managerId: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, changes }: { id: number; changes: Record<string, unknown> }) => {
      const cadence = await apiSend<Cadence>('PATCH', `/api/v1/cadences/${id}`, changes);
      const generated = await apiSend<GenerateResponse>('POST', '/api/v1/cadences/generate', { managerId: managerId ?? undefined, horizonWeeks: HORIZON_WEEKS });
      return { cadence, generated };
    },
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['cadences'] }),
        client.invalidateQueries({ queryKey: ['sessions', 'list'] }),
        client.invalidateQueries({ queryKey: ['accountability'] }),
      ]);
    },
  });
}

/** A rep's open deals, for a deal coaching session. */
export function useOpenDeals(repId: number | null) {
  const params = { owner: repId ?? undefined, outcome: 'open', sort: '-amount', page: 1, pageSize: 100 };
  return useQuery({
    queryKey: ['deals', params],
    queryFn: ({ signal }) => apiGet<PageOf<Deal>>('/api/v1/deals', params, signal),
    enabled: repId !== null,
    staleTime: 60_000,
  });
}

export type DealSessionDraft = { repId: number; opportunityId: number | null; scheduledAt: string; durationMin: number };

export function useScheduleDealSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: DealSessionDraft) => apiSend<SessionDetail>('POST', '/api/v1/sessions', { kind: 'deal', status: 'planned', ...draft }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'list'] }),
  });
}

/** The org's managers, for a leader's picker. */
export function useManagers(enabled: boolean) {
  const params = { role: 'manager', page: 1, pageSize: 500 };
  return useQuery({
    queryKey: ['people', params],
    queryFn: () => apiGet<PageOf<Person>>('/api/v1/people', params),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name)),
  });
}
