// What a rep reads about their own coaching (docs/privacy.md): their commitments and the
// summaries of their sessions. The API returns a rep only their own, and never a private note.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageOf } from '../../../contract/api.ts';
import type { CalendarFeed, CalendarFeedCreated } from '../../../contract/cadence.ts';
import type { Commitment, SessionListItem } from '../../../contract/coaching.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function useMyCommitments() {
  const params = { page: 1, pageSize: 200 };
  return useQuery({
    queryKey: ['commitments', 'mine', params],
    queryFn: ({ signal }) => apiGet<PageOf<Commitment>>('/api/v1/commitments', params, signal),
  });
}

export function useMySessions() {
  const params = { page: 1, pageSize: 20, order: 'desc' };
  return useQuery({
    queryKey: ['sessions', 'list', params],
    queryFn: ({ signal }) => apiGet<PageOf<SessionListItem>>('/api/v1/sessions', params, signal),
  });
}

export function useNextSessions() {
  const params = { page: 1, pageSize: 5, order: 'asc', status: 'planned', from: todayIso() };
  return useQuery({
    queryKey: ['sessions', 'list', params],
    queryFn: ({ signal }) => apiGet<PageOf<SessionListItem>>('/api/v1/sessions', params, signal),
  });
}

const FEEDS = ['calendar-feeds'];

export function useMyFeeds() {
  return useQuery({
    queryKey: FEEDS,
    queryFn: ({ signal }) => apiGet<{ items: CalendarFeed[] }>('/api/v1/calendar/feeds', undefined, signal),
    select: (data) => data.items.filter((f) => f.revokedAt === null),
  });
}

/** A new feed URL of the rep's own calendar; the live ones named are revoked first. */
export function useNewFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (revoke: number[]) => {
      for (const id of revoke) await apiSend<undefined>('DELETE', `/api/v1/calendar/feeds/${id}`);
      return apiSend<CalendarFeedCreated>('POST', '/api/v1/calendar/feeds');
    },
    onSettled: () => client.invalidateQueries({ queryKey: FEEDS }),
  });
}

export function useRevokeMyFeeds() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: number[]) => {
      for (const id of ids) await apiSend<undefined>('DELETE', `/api/v1/calendar/feeds/${id}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: FEEDS }),
  });
}
