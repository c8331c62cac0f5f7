// The app's sections, in nav order, with the roles that see each one. Routes use the same
// roles (app.tsx), so a link is never shown for a page that would refuse the user.
import type { Role } from '../../contract/api.ts';

export type NavItem = { to: string; label: string; icon: 'people' | 'deals' | 'imports' | 'users' | 'audit' | 'week' | 'team' | 'org' | 'guide' | 'cadences' | 'accountability' | 'coaching' | 'stalls' | 'innovations'; roles: readonly Role[] };

const everyone: readonly Role[] = ['admin', 'leader', 'manager', 'rep'];
export const adminOnly: readonly Role[] = ['admin'];
/** Roles that coach or oversee coaching: the analytics pages. */
export const coaches: readonly Role[] = ['admin', 'leader', 'manager'];
export const leadersAndAdmins: readonly Role[] = ['admin', 'leader'];
export const repsOnly: readonly Role[] = ['rep'];
const managersOnly: readonly Role[] = ['manager'];

export const navItems: readonly NavItem[] = [
  { to: '/my-coaching', label: 'My coaching', icon: 'coaching', roles: repsOnly },
  { to: '/this-week', label: 'This week', icon: 'week', roles: coaches },
  { to: '/team', label: 'Team', icon: 'team', roles: managersOnly },
  { to: '/org', label: 'Organisation', icon: 'org', roles: leadersAndAdmins },
  { to: '/cadences', label: 'Cadences', icon: 'cadences', roles: coaches },
  { to: '/accountability', label: 'Accountability', icon: 'accountability', roles: coaches },
  { to: '/guide', label: 'Coaching guide', icon: 'guide', roles: everyone },
  { to: '/people', label: 'People', icon: 'people', roles: everyone },
  { to: '/deals', label: 'Deals', icon: 'deals', roles: everyone },
  { to: '/stalled-deals', label: 'Stalled deals', icon: 'stalls', roles: everyone },
  { to: '/innovations', label: 'Innovation library', icon: 'innovations', roles: everyone },
  { to: '/imports', label: 'Imports', icon: 'imports', roles: adminOnly },
  { to: '/users', label: 'Users', icon: 'users', roles: adminOnly },
  { to: '/audit', label: 'Audit log', icon: 'audit', roles: adminOnly },
];
