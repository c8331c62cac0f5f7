import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from './seeded-random.ts';

const draw = (seed: number, n: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.float());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it('keeps floats in [0, 1) and ints within their inclusive bounds, reaching both ends', () => {
    const random = createRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const f = random.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it.each([
    { mean: 0, sd: 1 },
    { mean: 10, sd: 2 },
  ])('draws normals with mean $mean and sd $sd', ({ mean, sd }) => {
    const random = createRandom(1);
    const xs = Array.from({ length: 20000 }, () => random.normal(mean, sd));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
    expect(m).toBeCloseTo(mean, 1);
    expect(Math.sqrt(v)).toBeCloseTo(sd, 1);
  });

  it('never picks a zero-weight item and follows the weights', () => {
    const random = createRandom(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10000; i++) counts[random.weighted([['a', 1], ['b', 3], ['c', 0]] as const)]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(5).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('draws Poisson counts with the requested mean', () => {
    const random = createRandom(11);
    const n = 20000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += random.poisson(2.5);
    expect(sum / n).toBeCloseTo(2.5, 1);
  });

  it('throws on picking from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow();
  });
});

describe('deriveSeed', () => {
  it('gives different streams different seeds, stably', () => {
    expect(deriveSeed(42, 'deals')).toBe(deriveSeed(42, 'deals'));
    expect(deriveSeed(42, 'deals')).not.toBe(deriveSeed(42, 'people'));
    expect(deriveSeed(42, 'deals')).not.toBe(deriveSeed(43, 'deals'));
  });
});
