// Who may see which analytics: a rep themself, a manager their subtree, a leader or admin
// everyone (SPEC §5). Answers with the ids in scope, or a refusal the API maps to 403/404.
import { peopleScope, type Viewer } from '../../core/access/viewer.ts';
import type { Database } from '../../db/client.ts';
import { idsInScope } from '../../db/queries/find-person.ts';

export type Access<T> = { ok: true; value: T } | { ok: false; code: 'forbidden' | 'not_found' | 'bad_request'; message: string };

export async function visibleIds(database: Database, viewer: Viewer): Promise<Set<number> | null> {
  const scope = peopleScope(viewer);
  return scope.kind === 'org' ? null : new Set(await idsInScope(database.pool, viewer.orgId, scope));
}

/** The manager whose team or queue is asked for: the one named, or the viewer themself. */
export async function managerInScope(database: Database, viewer: Viewer, managerId: number | undefined): Promise<Access<{ id: number; name: string } | null>> {
  if (viewer.role === 'rep') return { ok: false, code: 'forbidden', message: 'Reps see their own figures on their rep page.' };
  const id = managerId ?? (viewer.role === 'manager' ? viewer.personId : null);
  if (id === null) return { ok: true, value: null };
  const visible = await visibleIds(database, viewer);
  if (visible && !visible.has(id)) return { ok: false, code: 'not_found', message: `No manager #${id} in your scope.` };
  const { rows } = await database.pool.query<{ id: number; name: string; role: string }>(
    'SELECT id, name, role FROM people WHERE org_id = $1 AND id = $2', [viewer.orgId, id]);
  const person = rows[0];
  if (!person) return { ok: false, code: 'not_found', message: `No person #${id}.` };
  if (person.role === 'rep') return { ok: false, code: 'not_found', message: `${person.name} (#${id}) is a rep, not a manager.` };
  return { ok: true, value: { id: person.id, name: person.name } };
}

/** As managerInScope, for routes about one manager: leaders and admins must name one. */
export async function namedManagerInScope(database: Database, viewer: Viewer, managerId: number | undefined): Promise<Access<{ id: number; name: string }>> {
  const manager = await managerInScope(database, viewer, managerId);
  if (!manager.ok) return manager;
  if (!manager.value) return { ok: false, code: 'bad_request', message: 'Name a manager: managerId is required for leaders and admins.' };
  return { ok: true, value: manager.value };
}

export async function subtreeIds(database: Database, orgId: number, managerId: number): Promise<number[]> {
  return idsInScope(database.pool, orgId, { kind: 'subtree', rootPersonId: managerId });
}
