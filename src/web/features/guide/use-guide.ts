// The coaching guide: read by everyone, edited by admins (docs/coaching-guide.md). Key: ['guide'].
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuideResponse } from './guide-types.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export function useGuide() {
  return useQuery({
    queryKey: ['guide'],
    queryFn: ({ signal }) => apiGet<GuideResponse>('/api/v1/guide', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

type Edit = { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** One write of the guide; the guide is read again afterwards. */
export function useGuideEdit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Edit) => apiSend<unknown>(method, `/api/v1/guide${path}`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['guide'] });
      void client.invalidateQueries({ queryKey: ['analytics'] });
    },
  });
}
