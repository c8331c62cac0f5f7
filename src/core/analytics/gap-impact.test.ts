import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapRevenueImpact, rankGaps, type StageGap } from './gap-impact.ts';
import { rate } from './rate.ts';

const base = { enteredStage: 40, repConversion: 0.22, benchmarkConversion: 0.35, repDownstreamToWon: 0.5, repAvgDealSize: 20_000 };

describe('gapRevenueImpact', () => {
  it.each([
    // 40 × (0.35 − 0.22) × 0.5 × 20 000 = 40 × 0.13 × 10 000 = 52 000
    { name: 'SPEC example shape', input: base, expected: 52_000 },
    { name: 'at the benchmark', input: { ...base, repConversion: 0.35 }, expected: 0 },
    { name: 'above the benchmark', input: { ...base, repConversion: 0.5 }, expected: 0 },
    { name: 'no deals entered', input: { ...base, enteredStage: 0 }, expected: 0 },
    { name: 'nothing downstream', input: { ...base, repDownstreamToWon: 0 }, expected: 0 },
    { name: 'unknown rep conversion', input: { ...base, repConversion: null }, expected: null },
    { name: 'unknown benchmark', input: { ...base, benchmarkConversion: null }, expected: null },
    { name: 'unknown downstream', input: { ...base, repDownstreamToWon: null }, expected: null },
    { name: 'unknown deal size', input: { ...base, repAvgDealSize: null }, expected: null },
    { name: 'unknown entered', input: { ...base, enteredStage: null }, expected: null },
  ])('$name → $expected', ({ input, expected }) => {
    const impact = gapRevenueImpact(input);
    if (expected === null) expect(impact).toBeNull();
    else expect(impact).toBeCloseTo(expected, 6);
  });

  it('treats a conversion above 1 as a bug', () => {
    expect(() => gapRevenueImpact({ ...base, repConversion: 1.2 })).toThrow();
  });

  it('is never negative', () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(
      fc.record({
        enteredStage: fc.option(fc.nat(10_000)),
        repConversion: fc.option(fraction),
        benchmarkConversion: fc.option(fraction),
        repDownstreamToWon: fc.option(fraction),
        repAvgDealSize: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true })),
      }),
      (input) => {
        const impact = gapRevenueImpact(input);
        return impact === null || impact >= 0;
      },
    ));
  });
});

const gap = (stage: string, entered: number, won: number, benchmark: number | null, downWon: number, downOf: number, size: number | null): StageGap => ({
  stage, enteredStage: entered, repConversion: rate(won, entered), benchmarkConversion: benchmark,
  repDownstreamToWon: rate(downWon, downOf), repAvgDealSize: size,
});

describe('rankGaps', () => {
  const gaps = [
    gap('a', 40, 9, 0.35, 5, 10, 10_000), // 40 × (0.35 − 0.225) × 0.5 × 10 000 = 25 000
    gap('b', 20, 4, 0.5, 6, 12, 20_000), // 20 × (0.5 − 0.2) × 0.5 × 20 000 = 60 000
    gap('c', 4, 0, 0.5, 6, 12, 20_000), // 4 entered < 5: dropped
    gap('d', 30, 15, 0.4, 6, 12, 20_000), // 0.5 ≥ 0.4: no gap, dropped
    gap('e', 10, 2, 0.5, 1, 3, 20_000), // downstream 1/3 is low-confidence: dropped
    gap('f', 10, 2, null, 6, 12, 20_000), // unknown benchmark: dropped
  ];

  it('keeps real, well-sampled gaps, largest impact first', () => {
    const ranked = rankGaps(gaps);
    expect(ranked.map((g) => g.stage)).toEqual(['b', 'a']);
    expect(ranked[0]?.impact).toBeCloseTo(60_000, 6);
    expect(ranked[1]?.impact).toBeCloseTo(25_000, 6);
  });

  it('applies a custom minimum sample to deals entered', () => {
    expect(rankGaps(gaps, 25).map((g) => g.stage)).toEqual(['a']); // only 'a' has ≥ 25 entered
  });

  it('keeps input order for equal impacts', () => {
    const same = [gap('x', 20, 4, 0.5, 6, 12, 20_000), gap('y', 20, 4, 0.5, 6, 12, 20_000)];
    expect(rankGaps(same).map((g) => g.stage)).toEqual(['x', 'y']);
  });

  it('returns nothing for no gaps', () => {
    expect(rankGaps([])).toEqual([]);
  });
});
