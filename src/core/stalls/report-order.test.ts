import { describe, expect, it } from 'vitest';
import type { OpenDeal } from './open-deal.ts';
import { compareInReportOrder, sortInReportOrderStepwise } from './report-order.ts';
import { runToEnd, sortStepwise } from './sort-stepwise.ts';

const deal = (id: number, amount: number | null, name: string): OpenDeal => ({
  id, externalId: `d${String(id).padStart(3, '0')}`, name, ownerId: 1, ownerName: 'Rep', amount, currency: null, segment: null,
  stageId: null, stageKey: null, stageName: null, stageEnteredOn: null, startedOn: null, engagedOn: null,
  lastActivityOn: null, closePushes: 0, expectedCloseOn: null, engagedStakeholders: 0,
});

describe('the report order', () => {
  // Amounts repeat (and are unknown) often, names repeat, so every tie-break is used.
  const deals = Array.from({ length: 500 }, (_, i) => deal(500 - i, i % 11 === 0 ? null : ((i * 7) % 13) * 250.5, `Deal ${'ABC'[i % 3]}`));

  it('is amount, largest first and unknown last, then name, then external id', () => {
    const sorted = runToEnd(sortInReportOrderStepwise(deals, 16));
    expect(sorted[0]!.amount).toBe(12 * 250.5);
    expect(sorted.at(-1)!.amount).toBeNull();
    for (let i = 1; i < sorted.length; i += 1) expect(compareInReportOrder(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
  });

  it('gives the one-go sort exactly, in steps of any size', () => {
    const expected = [...deals].sort(compareInReportOrder).map((d) => d.id);
    for (const step of [1, 7, 64, 2_048]) expect(runToEnd(sortInReportOrderStepwise(deals, step)).map((d) => d.id)).toEqual(expected);
  });

  it('also pauses while reading the amounts and while placing the sorted deals', () => {
    const pauses = (steps: Generator<void, unknown, void>) => {
      let n = 0;
      while (!steps.next().done) n += 1;
      return n;
    };
    const step = 16;
    const sortAlone = pauses(sortStepwise(deals.map((_, i) => i), (a, b) => a - b, step));
    // Once every `step` deals before the sort and once every `step` after it.
    expect(pauses(sortInReportOrderStepwise(deals, step)) - sortAlone).toBe(2 * Math.floor(deals.length / step));
  });
});
