// The default B2B sales process (SPEC §4.7): open stages in order, then the outcomes.
// Expected days are a starting point an org edits.
import type { StageRecord } from '../crm/records.ts';

export const DEFAULT_PROCESS: readonly StageRecord[] = [
  { key: 'prospect', name: 'Prospect', position: 1, kind: 'open', expectedDays: 14 },
  { key: 'discover', name: 'Discover', position: 2, kind: 'open', expectedDays: 14 },
  { key: 'teach', name: 'Teach / Reframe', position: 3, kind: 'open', expectedDays: 10 },
  { key: 'solution', name: 'Solution', position: 4, kind: 'open', expectedDays: 14 },
  { key: 'proposal', name: 'Proposal', position: 5, kind: 'open', expectedDays: 10 },
  { key: 'negotiate', name: 'Negotiate', position: 6, kind: 'open', expectedDays: 10 },
  { key: 'close', name: 'Close', position: 7, kind: 'open', expectedDays: 7 },
  { key: 'won', name: 'Won', position: 100, kind: 'won' },
  { key: 'lost', name: 'Lost', position: 101, kind: 'lost' },
  { key: 'no_decision', name: 'No decision', position: 102, kind: 'no_decision' },
];

/** A stage key derived from a display name: 'Needs Analysis' -> 'needs_analysis'. */
export function stageKeyFromName(name: string): string {
  const key = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return key || 'stage';
}
