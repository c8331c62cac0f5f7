import type { ReactNode } from 'react';
import { IconInbox } from './icons.tsx';

type Props = { title: string; children?: ReactNode; actions?: ReactNode; headingLevel?: 2 | 3 };

/** What a list shows when it has nothing in it: say why, and what to do next. */
export function EmptyState({ title, children, actions, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <div className="empty-state-icon"><IconInbox /></div>
      <Heading>{title}</Heading>
      {children !== undefined && <p>{children}</p>}
      {actions !== undefined && <div className="row">{actions}</div>}
    </div>
  );
}
