import { describe, expect, it } from 'vitest';
import { sortByAmountThenName, type DealVerdict } from './detect-stalls.ts';
import type { OpenDeal } from './open-deal.ts';
import { sortStalledDeals, type StallSort } from './sort-stalled-deals.ts';

const verdict = (externalId: string, amount: number | null, ageDays: number | null): DealVerdict => ({
  deal: { externalId, name: externalId, amount } as OpenDeal, signals: [], daysInStage: ageDays, ageDays, snooze: null,
});
// In the report's order (amount, largest first, then name), as the report hands them over.
const DEALS = sortByAmountThenName([verdict('a', 500, 10), verdict('b', null, 40), verdict('c', 900, null), verdict('d', 100, 40), verdict('e', 500, 3)]);

describe('sortStalledDeals', () => {
  it.each([
    ['-amount', ['c', 'a', 'e', 'd', 'b']],
    ['amount', ['d', 'a', 'e', 'c', 'b']],
    // age ties (b and d at 40 days) keep the report's order: amount, largest first; unknown age last
    ['-age', ['d', 'b', 'a', 'e', 'c']],
    ['age', ['e', 'a', 'd', 'b', 'c']],
  ] as const)('%s', (sort, order) => {
    expect(DEALS.map((v) => v.deal.externalId)).toEqual(['c', 'a', 'e', 'd', 'b']);
    expect(sortStalledDeals(DEALS, sort as StallSort).map((v) => v.deal.externalId)).toEqual(order);
  });
});
