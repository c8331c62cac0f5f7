import { describe, expect, it } from 'vitest';
import { dayCount, timesCount, wholeNumber } from './stall-signal.ts';

describe('signal wording', () => {
  it.each([[0, '0 days'], [1, '1 day'], [2, '2 days'], [41, '41 days']])('dayCount(%s)', (n, text) => expect(dayCount(n)).toBe(text));
  it.each([[1, 'once'], [2, 'twice'], [3, '3 times']])('timesCount(%s)', (n, text) => expect(timesCount(n)).toBe(text));
  it.each([[5, '5'], [999, '999'], [1000, '1,000'], [4238, '4,238'], [1234567, '1,234,567']])('wholeNumber(%s)', (n, text) =>
    expect(wholeNumber(n)).toBe(text));
});
