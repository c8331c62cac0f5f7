import type { ReactNode } from 'react';

export type PillTone = 'success' | 'danger' | 'warning' | 'info' | 'neutral';

/** A status pill (dot + word). The word carries the meaning; colour only reinforces it. */
export function Pill({ tone, children }: { tone: PillTone; children: ReactNode }) {
  return <span className={`pill pill-${tone}`}>{children}</span>;
}
