// Choices for the deals filter bar: owners the user may see, and the org's stages.
import { useQuery } from '@tanstack/react-query';
import type { Stage } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { usePeopleOptions } from '../../api/visible-people.ts';

export function useOwnerOptions() {
  return usePeopleOptions((person) => (person.role === 'rep' ? person.name : `${person.name} (${person.role})`));
}

export function useStageOptions() {
  return useQuery({
    queryKey: ['stages'],
    queryFn: () => apiGet<{ items: Stage[] }>('/api/v1/stages'),
    staleTime: 5 * 60_000,
    select: (stages) => [...stages.items]
      .sort((a, b) => a.position - b.position)
      .map((stage) => ({ value: stage.key, label: stage.name })),
  });
}
