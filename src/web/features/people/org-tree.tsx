import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { OrgTreeNodeType } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { OrgTreeNode } from './org-tree-node.tsx';

function collectParents(nodes: OrgTreeNodeType[], maxDepth: number, depth = 0, into = new Set<number>()): Set<number> {
  for (const node of nodes) {
    if (node.children.length > 0 && depth < maxDepth) {
      into.add(node.id);
      collectParents(node.children, maxDepth, depth + 1, into);
    }
  }
  return into;
}

/** Leader → managers → reps, collapsible. Starts with the top level open. */
export function OrgTree() {
  const tree = useQuery({
    queryKey: ['org-tree'],
    queryFn: () => apiGet<{ roots: OrgTreeNodeType[] }>('/api/v1/org-tree'),
  });
  const [expanded, setExpanded] = useState<Set<number> | null>(null);
  const roots = tree.data?.roots ?? [];
  const allParents = useMemo(() => collectParents(roots, Infinity), [roots]);
  const open = expanded ?? collectParents(roots, 1);

  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <section className="card" aria-labelledby="org-tree-title">
      <div className="card-header">
        <div>
          <h2 id="org-tree-title">Organisation</h2>
          <p>Open a manager to see their team.</p>
        </div>
        {allParents.size > 0 && (
          <div className="row">
            <button type="button" className="button button-sm" onClick={() => setExpanded(new Set(allParents))}>Expand all</button>
            <button type="button" className="button button-sm" onClick={() => setExpanded(new Set())}>Collapse all</button>
          </div>
        )}
      </div>
      {tree.isPending && <TableSkeleton columns={3} rows={4} label="Loading the organisation…" />}
      {tree.isError && <div className="card-body"><QueryError error={tree.error} onRetry={() => void tree.refetch()} what="the organisation" /></div>}
      {tree.isSuccess && roots.length === 0 && (
        <EmptyState title="Nobody here yet" headingLevel={3}>
          People appear once CRM data is imported, or the demo organisation is loaded.
        </EmptyState>
      )}
      {roots.length > 0 && (
        <ul className="org-tree">
          {roots.map((node) => <OrgTreeNode key={node.id} node={node} expanded={open} onToggle={toggle} />)}
        </ul>
      )}
    </section>
  );
}
