// Everyone the user may see (first 500, by name), shared by the pickers that choose a person.
import { useQuery } from '@tanstack/react-query';
import type { PageOf, Person } from '../../contract/api.ts';
import { apiGet } from './client.ts';

export type PersonOption = { value: string; label: string };

export function usePeopleOptions(label: (person: Person) => string) {
  return useQuery({
    queryKey: ['people', { page: 1, pageSize: 500 }],
    queryFn: () => apiGet<PageOf<Person>>('/api/v1/people', { page: 1, pageSize: 500 }),
    staleTime: 5 * 60_000,
    select: (page): PersonOption[] => [...page.items]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: String(person.id), label: label(person) })),
  });
}
