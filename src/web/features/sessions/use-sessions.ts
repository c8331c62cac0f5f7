// The coaching-session queries and writes (docs/sessions.md). Keys start with 'sessions'.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Commitment, PrepareResponse, SessionDetail, SpecifyCheckResponse } from '../../../contract/coaching.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export function useSessionDetail(id: number) {
  return useQuery({
    queryKey: ['sessions', 'detail', id],
    queryFn: ({ signal }) => apiGet<SessionDetail>(`/api/v1/sessions/${id}`, undefined, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePrepare(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['sessions', 'prepare', id],
    queryFn: ({ signal }) => apiGet<PrepareResponse>(`/api/v1/sessions/${id}/prepare`, undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export type SessionPatchBody = Partial<Record<'prepare' | 'affirm' | 'understand' | 'specify' | 'embed' | 'privateNote', string | null>> & {
  stageId?: number | null; behaviourId?: number | null;
};

/** Every write answers the whole session: put it in the cache. */
function useStoreDetail(id: number) {
  const client = useQueryClient();
  return (session: SessionDetail) => client.setQueryData(['sessions', 'detail', id], session);
}

export function usePatchSession(id: number) {
  const store = useStoreDetail(id);
  return useMutation({
    mutationFn: (body: SessionPatchBody) => apiSend<SessionDetail>('PATCH', `/api/v1/sessions/${id}`, body),
    onSuccess: store,
  });
}

export type UnderstandBody = { text: string | null; rating?: number; source?: string; evidence?: string; behaviourId?: number };

export function useSaveUnderstand(id: number) {
  const store = useStoreDetail(id);
  return useMutation({
    mutationFn: (body: UnderstandBody) => apiSend<SessionDetail>('POST', `/api/v1/sessions/${id}/understand`, body),
    onSuccess: store,
  });
}

export function useAddCommitment(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; dueOn: string; behaviourId?: number | null }) =>
      apiSend<Commitment>('POST', `/api/v1/sessions/${id}/commitments`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'detail', id] }),
  });
}

export function useDeleteCommitment(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (commitmentId: number) => apiSend<undefined>('DELETE', `/api/v1/commitments/${commitmentId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'detail', id] }),
  });
}

export function useReviewCommitment(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { commitmentId: number; status: 'done' | 'not_done'; note: string | null }) =>
      apiSend<Commitment>('POST', `/api/v1/commitments/${body.commitmentId}/review`, { status: body.status, note: body.note, sessionId: id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions', 'detail', id] }),
  });
}

export function useHoldSession(id: number) {
  const store = useStoreDetail(id);
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<SessionDetail>('POST', `/api/v1/sessions/${id}/hold`, {}),
    onSuccess: (session) => {
      store(session);
      void client.invalidateQueries({ queryKey: ['analytics'] });
      void client.invalidateQueries({ queryKey: ['sessions', 'list'] });
    },
  });
}

export type SpecifyDraft = { text: string; behaviourKey: string | null; commitments: { text: string; dueOn: string | null }[] };

/** The live Specify check: run on the debounced draft; nothing is saved. */
export function useSpecifyCheck(id: number, draft: SpecifyDraft, enabled: boolean) {
  return useQuery({
    queryKey: ['sessions', 'specify-check', id, draft],
    queryFn: () => apiSend<SpecifyCheckResponse>('POST', `/api/v1/sessions/${id}/specify-check`, draft),
    enabled,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
