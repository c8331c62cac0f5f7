import { describe, expect, it } from 'vitest';
import { rate } from './rate.ts';

describe('rate', () => {
  it.each([
    // 3 ÷ 4 = 0.75; 4 < 5 so low-confidence
    { num: 3, den: 4, min: undefined, value: 0.75, sample: 4, low: true },
    // 5 ÷ 5 = 1; exactly at the minimum sample is enough
    { num: 5, den: 5, min: undefined, value: 1, sample: 5, low: false },
    // 0 ÷ 10 = 0: a real zero, not unknown
    { num: 0, den: 10, min: undefined, value: 0, sample: 10, low: false },
    // zero denominator: unknown (null), never 0
    { num: 0, den: 0, min: undefined, value: null, sample: 0, low: true },
    // 1 ÷ 4 = 0.25 with a custom minimum of 2
    { num: 1, den: 4, min: 2, value: 0.25, sample: 4, low: false },
  ])('$num / $den (min $min) → $value', ({ num, den, min, value, sample, low }) => {
    expect(rate(num, den, min)).toEqual({ value, sample, lowConfidence: low });
  });

  it.each([[5, 4], [-1, 3], [1, -1], [1.5, 3], [Number.NaN, 3]])('treats %d / %d as a bug', (num, den) => {
    expect(() => rate(num, den)).toThrow();
  });
});
