import type { Commitment } from '../../../contract/coaching.ts';

export type CommitmentGroups = { due: Commitment[]; open: Commitment[]; reviewed: Commitment[] };

/** Open commitments due by today (most overdue first), open ones still ahead (soonest first), and reviewed ones (latest first). */
export function groupCommitments(items: readonly Commitment[], today: string): CommitmentGroups {
  const open = items.filter((c) => c.status === 'open');
  return {
    due: open.filter((c) => c.dueOn <= today).sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    open: open.filter((c) => c.dueOn > today).sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    reviewed: items.filter((c) => c.status !== 'open')
      .sort((a, b) => (b.reviewedAt ?? b.dueOn).localeCompare(a.reviewedAt ?? a.dueOn)),
  };
}
