import { describe, expect, it } from 'vitest';
import { looksLikeFormula, unescapeFormula } from './check-formula.ts';

describe('looksLikeFormula', () => {
  it.each([
    ["=cmd|' /C calc'!A0"], ['=HYPERLINK("http://x","y")'], ['+A1'], ['-2+3+cmd|x'], ['@SUM(A1:A2)'], ['\tfoo'], ['\r=1'],
  ])('flags %j', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
  });

  it.each([['-500'], ['+44 20 7946 0958'], ['=1+2'], ['-'], ['Acme'], ['a=b'], [''], ['2017-03-01']])('leaves %j alone', (cell) => {
    expect(looksLikeFormula(cell)).toBe(false);
  });
});

describe('unescapeFormula', () => {
  it('removes the quote our exporter puts before = + - @', () => {
    expect(unescapeFormula("'=cmd|x")).toBe('=cmd|x');
    expect(unescapeFormula("'@x")).toBe('@x');
    expect(unescapeFormula("'\tx")).toBe('\tx');
    expect(unescapeFormula("'quoted'")).toBe("'quoted'");
    expect(unescapeFormula("'")).toBe("'");
  });
});
