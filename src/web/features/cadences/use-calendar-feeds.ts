// The viewer's calendar feeds (docs/cadences-and-calendar.md): each is a secret URL of one
// person's calendar; the URL is shown once, when it is created.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, CalendarFeedCreated } from '../../../contract/cadence.ts';
import { apiGet, apiSend, buildUrl } from '../../api/client.ts';

const KEY = ['calendar-feeds'];

export function useCalendarFeeds() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiGet<{ items: CalendarFeed[] }>('/api/v1/calendar/feeds', undefined, signal),
    select: (data) => data.items.filter((feed) => feed.revokedAt === null),
  });
}

/** Creates a feed of the person's calendar; with `replace`, revokes their live feeds first (a new URL). */
export function useCreateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ personId, replace }: { personId: number; replace: number[] }) => {
      for (const id of replace) await apiSend<undefined>('DELETE', `/api/v1/calendar/feeds/${id}`);
      return apiSend<CalendarFeedCreated>('POST', buildUrl('/api/v1/calendar/feeds', { personId }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeFeeds() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: number[]) => {
      for (const id of ids) await apiSend<undefined>('DELETE', `/api/v1/calendar/feeds/${id}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export const icsDownloadUrl = (personId: number) => buildUrl('/api/v1/calendar.ics', { personId });
