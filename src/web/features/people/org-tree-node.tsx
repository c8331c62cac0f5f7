import type { OrgTreeNodeType } from '../../../contract/api.ts';
import { formatCount } from '../../components/format-count.ts';
import { IconChevronRight } from '../../components/icons.tsx';
import { RoleBadge } from '../../components/role-badge.tsx';

type Props = { node: OrgTreeNodeType; expanded: Set<number>; onToggle: (id: number) => void };

/** One person in the org tree, with their reports beneath when open. */
export function OrgTreeNode({ node, expanded, onToggle }: Props) {
  const hasChildren = node.children.length > 0;
  const isOpen = hasChildren && expanded.has(node.id);
  const listId = `org-node-${node.id}`;
  return (
    <li className="org-tree-item">
      <div className="org-tree-row">
        {hasChildren ? (
          <button
            type="button"
            className="org-tree-toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? listId : undefined}
            onClick={() => onToggle(node.id)}
          >
            <IconChevronRight />
            <span className="org-tree-name">{node.name}</span>
          </button>
        ) : (
          <span className="org-tree-leaf"><span className="org-tree-name">{node.name}</span></span>
        )}
        <RoleBadge role={node.role} />
        {hasChildren && (
          <span className="text-muted org-tree-meta">
            {node.children.length} {node.children.length === 1 ? 'report' : 'reports'}
          </span>
        )}
        <span className="org-tree-details">
          {node.region !== null && <span className="text-secondary org-tree-meta">{node.region}</span>}
          <span className="org-tree-count numeric">
            {node.children.length > 0
              ? <>{formatCount(node.teamOpenDeals)} <span className="text-secondary">open {node.teamOpenDeals === 1 ? 'deal' : 'deals'} in team</span></>
              : <>{formatCount(node.openDeals)} <span className="text-secondary">open {node.openDeals === 1 ? 'deal' : 'deals'}</span></>}
          </span>
        </span>
      </div>
      {isOpen && (
        <ul className="org-tree-children" id={listId}>
          {node.children.map((child) => (
            <OrgTreeNode key={child.id} node={child} expanded={expanded} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}
