import type { Role } from '../../../contract/api.ts';

export const roleOptions: { value: Role; label: string }[] = [
  { value: 'admin', label: 'Admin' },
  { value: 'leader', label: 'Leader' },
  { value: 'manager', label: 'Manager' },
  { value: 'rep', label: 'Rep' },
];
