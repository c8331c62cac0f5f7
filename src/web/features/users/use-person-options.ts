import { usePeopleOptions } from '../../api/visible-people.ts';

/** People to link a new account to, by name (with role and team to tell namesakes apart). */
export function usePersonOptions() {
  return usePeopleOptions((person) => [person.name, person.role, person.team].filter(Boolean).join(' · '));
}
