import { describe, expect, it } from 'vitest';
import { classifyQuadrant, processScore } from './classify-quadrant.ts';

describe('processScore', () => {
  it.each([
    { measures: [], expected: null },
    { measures: [null, null], expected: null }, // nothing known
    { measures: [true, false, null, true], expected: 2 / 3 }, // 2 of 3 known
    { measures: [false], expected: 0 },
    { measures: [true, true], expected: 1 },
  ])('$measures → $expected', ({ measures, expected }) => {
    expect(processScore(measures.map((atOrAboveBenchmark) => ({ atOrAboveBenchmark })))).toBe(expected);
  });
});

describe('classifyQuadrant', () => {
  it.each([
    // exactly at both thresholds counts as good
    { score: 0.5, att: 1, quadrant: 'earned', advice: /keep doing what works.*share/ },
    { score: 0.75, att: 0.8, quadrant: 'bad_break', advice: /patient/ },
    { score: 0.25, att: 1.3, quadrant: 'lucky', advice: /fix the process now.*will not last/ },
    { score: 0.4999, att: 0.99, quadrant: 'poetic_justice', advice: /process/ },
    { score: null, att: 1.2, quadrant: null, advice: /Not enough data/ },
    { score: 0.9, att: null, quadrant: null, advice: /Not enough data/ },
  ])('process $score, attainment $att → $quadrant', ({ score, att, quadrant, advice }) => {
    const result = classifyQuadrant({ processScore: score, attainment: att });
    expect(result.quadrant).toBe(quadrant);
    expect(result.advice).toMatch(advice);
  });

  it('honours custom thresholds', () => {
    // 0.6 < 0.7 → bad process; 0.95 ≥ 0.9 → good outcome → lucky
    expect(classifyQuadrant({ processScore: 0.6, attainment: 0.95, processThreshold: 0.7, outcomeTarget: 0.9 }).quadrant)
      .toBe('lucky');
  });
});
