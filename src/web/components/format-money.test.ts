import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it.each([
    [12500, 'USD', '$12,500'],
    [12500, null, '12,500'],
    [99.5, 'EUR', '€99.50'],
    [0, 'USD', '$0'],
    [1234567.89, null, '1,234,568'],
    [500, 'bananas', '500 bananas'],
  ])('formats %s %s as %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency, 'en-US')).toBe(expected);
  });

  it('shows an unknown amount as a dash, never 0', () => {
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
    expect(formatMoney(null, null, 'en-US')).toBe('—');
  });
});
