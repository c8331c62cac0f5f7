// The coaching guide: read by everyone, edited by admins (docs/coaching-guide.md). Keys: ['guide'], ['guide', 'default'].
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DefaultGuideResponse, GuideResponse } from './guide-types.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { ApiError } from '../../api/api-error.ts';

export function useGuide() {
  return useQuery({
    queryKey: ['guide'],
    queryFn: ({ signal }) => apiGet<GuideResponse>('/api/v1/guide', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** The default guide, whose stages an admin copies onto an imported process; it never changes while the app runs. */
export function useDefaultGuide(enabled: boolean) {
  return useQuery({
    queryKey: ['guide', 'default'],
    queryFn: ({ signal }) => apiGet<DefaultGuideResponse>('/api/v1/guide/default', undefined, signal),
    staleTime: Infinity,
    enabled,
  });
}

export type GuideEdit = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

/** One write of the guide; the guide (and the analyses that show stage names and targets) is read again afterwards. */
export function useGuideEdit<T = unknown>() {
  const client = useQueryClient();
  return useMutation<T, ApiError, GuideEdit>({
    mutationFn: ({ method, path, body }) => apiSend<T>(method, `/api/v1/guide${path}`, body),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: ['guide'], exact: true }),
      client.invalidateQueries({ queryKey: ['analytics'] }),
    ]),
  });
}
