// Resolves a person reference (id, external id or name) for the CLI and the API, with an
// error that says what was wrong.
import type { Database } from '../../db/client.ts';
import { findPeopleByRef, type PersonRef } from '../../db/queries/find-person.ts';

export class PersonNotFoundError extends Error {}

export async function resolvePerson(database: Database, orgId: number, ref: string, expected: string): Promise<PersonRef> {
  const found = await findPeopleByRef(database.pool, orgId, ref);
  const exact = found.filter((p) => String(p.id) === ref.trim());
  const pick = exact.length === 1 ? exact : found;
  if (pick.length === 0) throw new PersonNotFoundError(`no ${expected} matches ${JSON.stringify(ref)} (give an id, an external id or an exact name)`);
  if (pick.length > 1) {
    throw new PersonNotFoundError(`${JSON.stringify(ref)} matches ${pick.length} people (${pick.map((p) => `${p.name} #${p.id}`).join(', ')}); give the id`);
  }
  return pick[0]!;
}
