// Turns a flat list of visible people into a forest: a person whose manager is not in
// the list (or who has none) becomes a root, so a manager's own view starts at them.
export type TreeInput = { id: number; name: string; role: 'rep' | 'manager' | 'leader'; region: string | null; managerId: number | null; openDeals: number };
/** `teamOpenDeals`: open deals of the person and everyone under them. */
export type TreeNode = Omit<TreeInput, 'managerId'> & { teamOpenDeals: number; children: TreeNode[] };

const ROLE_ORDER = { leader: 0, manager: 1, rep: 2 } as const;

export function buildOrgTree(people: readonly TreeInput[]): TreeNode[] {
  const nodes = new Map<number, TreeNode>();
  for (const { managerId: _m, ...p } of people) nodes.set(p.id, { ...p, teamOpenDeals: p.openDeals, children: [] });
  const roots: TreeNode[] = [];
  for (const p of people) {
    const node = nodes.get(p.id)!;
    const parent = p.managerId === null ? undefined : nodes.get(p.managerId);
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  const total = (node: TreeNode): number => {
    node.teamOpenDeals = node.openDeals + node.children.reduce((sum, child) => sum + total(child), 0);
    return node.teamOpenDeals;
  };
  for (const root of roots) total(root);
  return roots;
}
