// Who is asking, and what their role lets them see (SPEC §5: role-based access).
export type Role = 'admin' | 'leader' | 'manager' | 'rep';

export type Viewer = {
  userId: number;
  orgId: number;
  role: Role;
  /** The person this login belongs to; a manager or rep without one sees nobody. */
  personId: number | null;
};

/** What part of the org tree a viewer may see. */
export type PeopleScope =
  | { kind: 'org' }
  | { kind: 'subtree'; rootPersonId: number }
  | { kind: 'self'; personId: number }
  | { kind: 'none' };

export function peopleScope(viewer: Viewer): PeopleScope {
  if (viewer.role === 'admin' || viewer.role === 'leader') return { kind: 'org' };
  if (viewer.personId === null) return { kind: 'none' };
  if (viewer.role === 'manager') return { kind: 'subtree', rootPersonId: viewer.personId };
  return { kind: 'self', personId: viewer.personId };
}

export const canAdminister = (viewer: Viewer): boolean => viewer.role === 'admin';
export const canImport = (viewer: Viewer): boolean => viewer.role === 'admin';
