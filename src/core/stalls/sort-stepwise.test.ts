import { describe, expect, it } from 'vitest';
import { runToEnd, sortStepwise } from './sort-stepwise.ts';

// A deterministic generator of test data (no Math.random: failures must reproduce).
function numbers(count: number, seed: number, distinct: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => (state = (state * 48_271) % 2_147_483_647) % distinct);
}

describe('sortStepwise', () => {
  it.each([
    [0, 4], [1, 4], [7, 4], [8, 4], [9, 4], [1_000, 16], [1_000, 3], [4_097, 2_048], [10_000, 1_000],
  ])('sorts %i items in steps of %i exactly as a one-go stable sort', (count, step) => {
    // Few distinct keys, so that stability shows: items of equal key keep their input order.
    const items = numbers(count, count + step, 37).map((key, position) => ({ key, position }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const expected = [...items].sort(byKey);
    expect(runToEnd(sortStepwise(items, byKey, step))).toEqual(expected);
  });

  it('pauses along the way and leaves its input alone', () => {
    const items = numbers(5_000, 3, 1_000_000);
    const copy = [...items];
    const steps = sortStepwise(items, (a, b) => b - a, 256);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses += 1;
      next = steps.next();
    }
    // 20 runs of 256, then 5 merge passes of 5,000 items each: ~20 + 5 × 19 pauses.
    expect(pauses).toBeGreaterThan(100);
    expect(next.value).toEqual([...copy].sort((a, b) => b - a));
    expect(items).toEqual(copy);
  });
});
