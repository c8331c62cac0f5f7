import type { ReactNode } from 'react';
import { IconAlert, IconCheck, IconInfo } from './icons.tsx';

type Tone = 'info' | 'success' | 'warning' | 'danger';
type Props = { tone?: Tone; title?: string; children?: ReactNode; action?: ReactNode; live?: boolean };

/**
 * An inline message. `live` announces it to screen readers when it appears (role=alert for
 * errors, role=status otherwise); leave it off for messages present on first render.
 */
export function Alert({ tone = 'info', title, children, action, live = false }: Props) {
  const role = live ? (tone === 'danger' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {tone === 'success' ? <IconCheck /> : tone === 'info' ? <IconInfo /> : <IconAlert />}
      <div className="alert-content">
        {title !== undefined && <p className="alert-title">{title}</p>}
        {children !== undefined && <div>{children}</div>}
      </div>
      {action}
    </div>
  );
}
