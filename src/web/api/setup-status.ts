// First-run state of the server: does it still need an admin account, and has data?
import { useQuery } from '@tanstack/react-query';
import type { SetupStatus } from '../../contract/api.ts';
import { apiGet } from './client.ts';
import { setupStatusKey } from './session-key.ts';

export function useSetupStatus() {
  return useQuery({
    queryKey: setupStatusKey,
    queryFn: () => apiGet<SetupStatus>('/api/v1/setup/status'),
    staleTime: 60_000,
  });
}
