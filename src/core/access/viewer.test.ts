import { describe, expect, it } from 'vitest';
import { canAdminister, canImport, peopleScope, type Viewer } from './viewer.ts';

const viewer = (role: Viewer['role'], personId: number | null = 7): Viewer => ({ userId: 1, orgId: 1, role, personId });

describe('peopleScope', () => {
  it.each([
    ['admin', 7, { kind: 'org' }],
    ['leader', null, { kind: 'org' }],
    ['manager', 7, { kind: 'subtree', rootPersonId: 7 }],
    ['rep', 7, { kind: 'self', personId: 7 }],
    ['manager', null, { kind: 'none' }],
    ['rep', null, { kind: 'none' }],
  ] as const)('%s with person %s sees %o', (role, personId, expected) => {
    expect(peopleScope(viewer(role, personId))).toEqual(expected);
  });

  it('lets only admins administer and import', () => {
    expect((['admin', 'leader', 'manager', 'rep'] as const).map((r) => [canAdminister(viewer(r)), canImport(viewer(r))]))
      .toEqual([[true, true], [false, false], [false, false], [false, false]]);
  });
});
