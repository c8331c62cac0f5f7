// A tiny seeded PRNG (mulberry32) so that the same seed always generates the same data:
// benchmark figures must be comparable between runs and machines. Not for cryptography.
export type SeededRandom = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** One item, chosen with the given relative weights. */
  weighted: <T>(items: readonly T[], weights: readonly number[]) => T;
  /** Standard normal (Box-Muller). */
  normal: () => number;
};

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    weighted: (items, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let pick = next() * total;
      for (let i = 0; i < items.length; i += 1) {
        pick -= weights[i]!;
        if (pick < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}
