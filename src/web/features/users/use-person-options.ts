import { useQuery } from '@tanstack/react-query';
import type { PageOf, Person } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';

/** People to link a new account to, by name (with role and team to tell namesakes apart). */
export function usePersonOptions() {
  return useQuery({
    queryKey: ['people', { page: 1, pageSize: 500 }],
    queryFn: () => apiGet<PageOf<Person>>('/api/v1/people', { page: 1, pageSize: 500 }),
    staleTime: 5 * 60_000,
    select: (page) => [...page.items]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({
        value: String(person.id),
        label: [person.name, person.role, person.team].filter(Boolean).join(' · '),
      })),
  });
}
