import { describe, expect, it } from 'vitest';
import type { RepAnalysis } from './analyse-reps.ts';
import { repProcess } from './rep-quadrant.ts';

type Input = Parameters<typeof repProcess>[0];
const stage = (atOrAboveBenchmark: boolean | null) => ({ atOrAboveBenchmark }) as RepAnalysis['stages'][number];
const rep = (over: Partial<Input>): Input => ({
  stages: [stage(true), stage(false), stage(null)],
  activity: { perWeek: 12, benchmark: 10, atOrAboveBenchmark: true },
  attainment: { value: 1.1, basis: 'quota', quota: 100 },
  segment: { id: '1', segment: 'core', candidate: 'core', rank: 2, percentile: 0.5, reason: '' },
  ...over,
});

describe('repProcess', () => {
  it('scores the known measures: stages, activity and ratings ≥ 3', () => {
    // known: stage true, stage false, activity true, rating 3 (good), rating 2 (not) → 3 of 5
    const result = repProcess(rep({}), [{ behaviourId: 1, rating: 3 }, { behaviourId: 2, rating: 2 }]);
    expect(result).toMatchObject({ processScore: 0.6, measures: 5, measuresMet: 3, quadrant: 'earned' });
  });

  it.each([
    [0.6, 1.0, 'earned'],
    [0.6, 0.99, 'bad_break'],
    [0.4, 1.2, 'lucky'],
    [0.4, 0.5, 'poetic_justice'],
  ] as const)('score %d with attainment %d → %s', (score, attainment, quadrant) => {
    // 5 known measures: met = score × 5
    const met = Math.round(score * 5);
    const stages = Array.from({ length: 5 }, (_, i) => stage(i < met));
    expect(repProcess(rep({ stages, activity: null, attainment: { value: attainment, basis: 'quota', quota: 1 } }), []).quadrant).toBe(quadrant);
  });

  it('gives no quadrant when attainment is unknown or the rep is ramping', () => {
    expect(repProcess(rep({ attainment: { value: null, basis: null, quota: null } }), []).quadrant).toBeNull();
    const ramping = repProcess(rep({ segment: { id: '1', segment: 'ramping', candidate: 'ramping', rank: null, percentile: null, reason: '' } }), []);
    expect(ramping.quadrant).toBeNull();
    expect(ramping.advice).toMatch(/too early/);
    expect(ramping.processScore).toBeCloseTo(2 / 3); // the process is still scored
  });
});
