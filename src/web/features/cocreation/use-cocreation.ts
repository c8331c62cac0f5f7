// The co-creation session's query and writes (docs/innovation.md). Every write answers the whole
// session, which replaces ['cocreation', id]. Keys start with 'cocreation'.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import type { Innovation, InnovationSuggestion } from '../../../contract/innovation.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export type Suggestions = { dealId: number; obstacleCategory: string | null; segment: string | null; items: InnovationSuggestion[] };

export function useCoCreation(id: number) {
  return useQuery({
    queryKey: ['cocreation', id],
    queryFn: ({ signal }) => apiGet<CoCreationSession>(`/api/v1/co-creation/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

type Write = { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** One mutation for every session write: `path` is relative to the session. */
export function useSessionWrite(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Write) => apiSend<CoCreationSession>(method, `/api/v1/co-creation/${id}${path}`, body),
    onSuccess: (session) => {
      client.setQueryData(['cocreation', id], session);
      void client.invalidateQueries({ queryKey: ['deal-room'] });
    },
  });
}

export function useDealSuggestions(dealId: number) {
  return useQuery({
    queryKey: ['cocreation', 'suggestions', dealId],
    queryFn: ({ signal }) => apiGet<Suggestions>(`/api/v1/deals/${dealId}/suggested-innovations`, { limit: 5 }, signal),
    staleTime: 60_000,
  });
}

export function useMarkReuse(sessionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (innovationId: number) => apiSend<unknown>('POST', `/api/v1/innovations/${innovationId}/uses`, { sessionId }),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: ['cocreation'] }),
      client.invalidateQueries({ queryKey: ['innovations'] }),
    ]),
  });
}

export function useCaptureInnovation(sessionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; segment: string | null; obstacleCategory?: string; situation: string; approach: string; lesson: string }) =>
      apiSend<Innovation>('POST', `/api/v1/co-creation/${sessionId}/innovation`, body),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: ['cocreation', sessionId] }),
      client.invalidateQueries({ queryKey: ['innovations'] }),
      client.invalidateQueries({ queryKey: ['deal-room'] }),
    ]),
  });
}
