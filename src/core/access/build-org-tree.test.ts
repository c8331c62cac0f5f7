import { describe, expect, it } from 'vitest';
import { buildOrgTree, type TreeInput } from './build-org-tree.ts';

const p = (id: number, role: TreeInput['role'], managerId: number | null, name = `P${id}`, openDeals = 0): TreeInput =>
  ({ id, name, role, region: null, managerId, openDeals });

describe('buildOrgTree', () => {
  it('nests reps under managers under the leader, managers before reps', () => {
    const tree = buildOrgTree([p(3, 'rep', 2, 'Zed'), p(1, 'leader', null), p(2, 'manager', 1), p(4, 'rep', 2, 'Amy'), p(5, 'rep', 1, 'Bob')]);
    expect(tree.map((n) => n.id)).toEqual([1]);
    expect(tree[0]!.children.map((n) => n.id)).toEqual([2, 5]);
    expect(tree[0]!.children[0]!.children.map((n) => n.name)).toEqual(['Amy', 'Zed']);
  });

  it('makes a person whose manager is not visible a root', () => {
    const tree = buildOrgTree([p(2, 'manager', 1), p(3, 'rep', 2)]);
    expect(tree.map((n) => n.id)).toEqual([2]);
    expect(tree[0]!.children.map((n) => n.id)).toEqual([3]);
  });

  it('adds up open deals over each subtree', () => {
    // leader 1 (own 1) > manager 2 (own 0) > reps 3 (4) and 4 (5); rep 5 (2) reports to the leader.
    const [leader] = buildOrgTree([p(1, 'leader', null, 'L', 1), p(2, 'manager', 1, 'M', 0), p(3, 'rep', 2, 'A', 4), p(4, 'rep', 2, 'B', 5), p(5, 'rep', 1, 'C', 2)]);
    expect(leader!.teamOpenDeals).toBe(1 + 0 + 4 + 5 + 2);
    expect(leader!.children.map((n) => [n.id, n.teamOpenDeals])).toEqual([[2, 9], [5, 2]]);
  });

  it('returns nothing for nobody', () => {
    expect(buildOrgTree([])).toEqual([]);
  });
});
