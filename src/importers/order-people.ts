// People in the order the database can resolve them: everyone after their manager.
import type { PersonRecord } from '../core/crm/records.ts';
import type { Located } from './import-plan.ts';

/** Managers are matched by external id, else by exact name (SPEC §4.1). */
export function findPersonByRef(people: readonly Located<PersonRecord>[]) {
  const byId = new Map(people.map((located) => [located.record.externalId, located]));
  const byName = new Map(people.map((located) => [located.record.name, located]));
  return (ref: string) => byId.get(ref) ?? byName.get(ref);
}

/** Top of the hierarchy first, so that each manager reference points backwards. */
export function orderByHierarchy(people: readonly Located<PersonRecord>[]): Located<PersonRecord>[] {
  const find = findPersonByRef(people);
  const depth = new Map<PersonRecord, number>();
  const depthOf = (person: PersonRecord, seen: Set<PersonRecord>): number => {
    const known = depth.get(person);
    if (known !== undefined) return known;
    const manager = person.managerRef ? find(person.managerRef)?.record : undefined;
    // A reporting loop (A reports to B, B to A) is left to the database, which reports it.
    const value = !manager || seen.has(manager) ? 0 : 1 + depthOf(manager, new Set(seen).add(person));
    depth.set(person, value);
    return value;
  };
  return people
    .map((located, order) => ({ located, order, level: depthOf(located.record, new Set([located.record])) }))
    .sort((a, b) => a.level - b.level || a.order - b.order)
    .map(({ located }) => located);
}
