// Choices for the deals filter bar: owners the user may see, and the org's stages.
import { useQuery } from '@tanstack/react-query';
import type { PageOf, Person, Stage } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';

export function useOwnerOptions() {
  return useQuery({
    queryKey: ['people', { page: 1, pageSize: 500 }],
    queryFn: () => apiGet<PageOf<Person>>('/api/v1/people', { page: 1, pageSize: 500 }),
    staleTime: 5 * 60_000,
    select: (page) => [...page.items]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: String(person.id), label: person.role === 'rep' ? person.name : `${person.name} (${person.role})` })),
  });
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
