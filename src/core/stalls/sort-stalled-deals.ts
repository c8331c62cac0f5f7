// The orders the deals page offers: amount or age (how long the deal has sat), either way,
// unknown values last. The input is in the report's order (amount, largest first, then name);
// the sort is stable, so ties keep it.
import type { DealVerdict } from './detect-stalls.ts';

export type StallSort = 'amount' | '-amount' | 'age' | '-age';

export function sortStalledDeals(verdicts: readonly DealVerdict[], sort: StallSort): DealVerdict[] {
  if (sort === '-amount') return [...verdicts];
  const descending = sort.startsWith('-');
  const byAge = sort.endsWith('age');
  const keyed = verdicts.map((v) => {
    const value = byAge ? v.ageDays : v.deal.amount;
    // Unknown last either way; numbers compare as numbers only (fast for 200,000 deals).
    return { v, key: value === null ? Number.POSITIVE_INFINITY : descending ? -value : value };
  });
  keyed.sort((a, b) => a.key - b.key || 0);
  return keyed.map((k) => k.v);
}
