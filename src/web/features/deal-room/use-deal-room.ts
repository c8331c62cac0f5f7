// The deal room's queries and its one write (docs/innovation.md). Keys start with 'deal-room'.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import type { DealRoom } from '../../../contract/deal-room.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export function useDealRoom(id: number, asOf: string | null) {
  const params = { asOf: asOf ?? undefined };
  return useQuery({
    queryKey: ['deal-room', id, params],
    queryFn: ({ signal }) => apiGet<DealRoom>(`/api/v1/deals/${id}`, params, signal),
    enabled: Number.isInteger(id) && id > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useStartCoCreation(dealId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<CoCreationSession>('POST', `/api/v1/deals/${dealId}/co-creation`, {}),
    onSuccess: (session) => {
      client.setQueryData(['cocreation', session.id], session);
      void client.invalidateQueries({ queryKey: ['deal-room', dealId] });
    },
  });
}
