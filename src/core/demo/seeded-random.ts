// A small seeded PRNG (mulberry32) so the demo org is reproducible without a dependency:
// the same seed always yields the same sequence, and nothing reads Math.random or the clock.

export type Random = {
  /** Uniform in [0, 1). */
  float: () => number;
  /** Uniform integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** Uniform real in [min, max). */
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** Standard normal via Box–Muller, scaled to the given mean and standard deviation. */
  normal: (mean?: number, sd?: number) => number;
  /** exp(normal): right-skewed, with the given median and log-space spread. */
  logNormal: (median: number, sigma: number) => number;
  /** Poisson count (Knuth); fine for the small rates used here. */
  poisson: (rate: number) => number;
  shuffle: <T>(items: readonly T[]) => T[];
};

/** mulberry32: 32-bit state, good enough statistical quality for synthetic data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derive an independent seed per named stream, so changing one generator leaves the others' output alone. */
export function deriveSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> 16)) >>> 0;
}

export function createRandom(seed: number): Random {
  const float = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(float() * (max - min + 1));
  const normal = (mean = 0, sd = 1): number => {
    // 1 - float() is in (0, 1], so the logarithm is finite.
    const u = 1 - float();
    const v = float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let left = float() * total;
    for (const [item, weight] of items) {
      left -= weight;
      if (left < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  };
  const poisson = (rate: number): number => {
    const limit = Math.exp(-rate);
    let count = 0;
    let product = float();
    while (product > limit) {
      count++;
      product *= float();
    }
    return count;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(float() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  };
  return {
    float,
    int,
    between: (min, max) => min + float() * (max - min),
    chance: (probability) => float() < probability,
    pick,
    weighted,
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    poisson,
    shuffle,
  };
}
