import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPECTED_AMOUNT, parseAmount, parseCount } from './parse-amount.ts';
import { parseFlag } from './parse-flag.ts';

describe('parseAmount', () => {
  it.each([
    ['500', 500], ['500.0', 500], ['1234.50', 1234.5], ['1,234.50', 1234.5], ['$1,200', 1200], ['€ 99.99', 99.99],
    ['.5', 0.5], ['0', 0], ['-0', 0], ['  42 ', 42], ['', null], ['   ', null],
  ] as const)('reads %j as %j', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([['-5'], ['$-1,200'], ['-$3'], ['(500)']])('refuses the negative amount %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, message: 'negative amount; expected 0 or more, like 1234.50' });
  });

  it.each([['abc'], ['1.234,50'], ['12,34'], ['1e5'], ['5 USD'], ['1,2345']])('refuses the non-number %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, message: EXPECTED_AMOUNT });
  });

  it('round-trips amounts written plainly, with thousands commas or a dollar sign', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000_000 });
    fc.assert(fc.property(cents, fc.constantFrom('plain', 'grouped', 'dollar'), (value, style) => {
      const amount = value / 100;
      const fixed = amount.toFixed(2);
      const grouped = Number(fixed).toLocaleString('en-US', { minimumFractionDigits: 2 });
      const text = style === 'plain' ? fixed : style === 'grouped' ? grouped : `$${grouped}`;
      expect(parseAmount(text)).toEqual({ ok: true, value: Number(fixed) });
    }));
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(typeof parseAmount(text).ok).toBe('boolean');
      expect(typeof parseCount(text).ok).toBe('boolean');
      expect(typeof parseFlag(text).ok).toBe('boolean');
    }));
  });
});

describe('parseCount and parseFlag', () => {
  it('reads whole numbers with optional thousands commas', () => {
    expect(parseCount('2,822')).toEqual({ ok: true, value: 2822 });
    expect(parseCount('17.0')).toEqual({ ok: true, value: 17 });
    expect(parseCount('2.5').ok).toBe(false);
    expect(parseCount('-3').ok).toBe(false);
  });

  it('reads yes/no words', () => {
    expect(['1', 'TRUE', 'yes', '0', 'false', 'No', ''].map((text) => parseFlag(text))).toEqual([
      { ok: true, value: true }, { ok: true, value: true }, { ok: true, value: true },
      { ok: true, value: false }, { ok: true, value: false }, { ok: true, value: false }, { ok: true, value: null },
    ]);
    expect(parseFlag('maybe')).toEqual({ ok: false, message: 'expected true/false, yes/no or 1/0' });
  });
});
