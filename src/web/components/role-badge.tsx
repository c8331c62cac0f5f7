import type { Role } from '../../contract/api.ts';

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  leader: 'Leader',
  manager: 'Manager',
  rep: 'Rep',
};

/** A person's or user's role; leaders and admins get the accent so hierarchy reads at a glance. */
export function RoleBadge({ role }: { role: Role }) {
  const accent = role === 'leader' || role === 'admin';
  return <span className={accent ? 'badge badge-accent' : 'badge'}>{roleLabels[role]}</span>;
}
