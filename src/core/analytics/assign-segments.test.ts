import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSegments, assignSegmentsInSteps, type Segment, type SegmentInputRep } from './assign-segments.ts';

const asOf = '2017-12-31';
const rep = (id: string, attainment: number | null, extra: Partial<SegmentInputRep> = {}): SegmentInputRep => ({
  id, role: 'AE', hiredAt: '2015-01-01', closedDeals: 10, attainment, ...extra,
});
const segmentsOf = (reps: SegmentInputRep[], cutPoints?: { bottom: number; star: number }) =>
  assignSegments(reps, { asOf, cutPoints }).map((r) => r.segment);

describe('assignSegments: bands', () => {
  it('splits 5 reps 1 / 3 / 1 with ranks, percentiles and reasons', () => {
    const result = assignSegments(
      [rep('r1', 0.5), rep('r2', 0.8), rep('r3', 1), rep('r4', 1.1), rep('r5', 1.32)], { asOf },
    );
    // floor(5 × 0.2) = 1 bottom, 1 star, 3 core
    expect(result.map((r) => r.segment)).toEqual(['bottom', 'core', 'core', 'core', 'star']);
    expect(result.map((r) => r.rank)).toEqual([5, 4, 3, 2, 1]);
    // mid-rank percentile (below + tied / 2) / 5: r1 (0 + 0.5) / 5 = 0.1 … r5 (4 + 0.5) / 5 = 0.9
    expect(result.map((r) => r.percentile)).toEqual([0.1, 0.3, 0.5, 0.7, 0.9]);
    expect(result[4]?.reason).toBe('top 20 % of 5 reps by attainment (132 %)');
    expect(result[0]?.reason).toBe('bottom 20 % of 5 reps by attainment (50 %)');
    expect(result[2]?.reason).toBe('middle 60 % of 5 reps by attainment (100 %)');
  });

  it.each([
    // floor(n × 0.2): 1 → 0, 4 → 0 (0.8), 9 → 1 (1.8), 10 → 2 exactly at the cut
    { n: 1, bottom: 0, star: 0 },
    { n: 4, bottom: 0, star: 0 },
    { n: 9, bottom: 1, star: 1 },
    { n: 10, bottom: 2, star: 2 },
    { n: 11, bottom: 2, star: 2 }, // 2.2 → 2
    { n: 15, bottom: 3, star: 3 }, // 15 × 0.2 = 3 (floating 3.0000000000000004)
  ])('$n distinct reps → $bottom bottom, $star star', ({ n, bottom, star }) => {
    const segments = segmentsOf(Array.from({ length: n }, (_, i) => rep(`r${i}`, i / 10)));
    expect(segments.filter((s) => s === 'bottom')).toHaveLength(bottom);
    expect(segments.filter((s) => s === 'star')).toHaveLength(star);
    expect(segments.filter((s) => s === 'core')).toHaveLength(n - bottom - star);
  });

  it('says when a group is too small for bands', () => {
    const [only] = assignSegments([rep('solo', 1.5)], { asOf });
    expect(only).toMatchObject({ segment: 'core', rank: 1, percentile: 0.5 });
    expect(only?.reason).toMatch(/1 reps are too few/);
  });

  it('uses custom cut points: 10 reps with 10 % / 30 % → 1 bottom, 3 star', () => {
    const segments = segmentsOf(Array.from({ length: 10 }, (_, i) => rep(`r${i}`, i)), { bottom: 0.1, star: 0.3 });
    expect(segments).toEqual(['bottom', 'core', 'core', 'core', 'core', 'core', 'core', 'star', 'star', 'star']);
  });

  it('ranks each role on its own', () => {
    const reps = [0, 1, 2, 3, 4].flatMap((i) => [rep(`ae${i}`, i), rep(`sdr${i}`, i * 10, { role: 'SDR' })]);
    const result = assignSegments(reps, { asOf });
    expect(result.filter((r) => r.segment === 'star').map((r) => r.id)).toEqual(['ae4', 'sdr4']);
    expect(result.find((r) => r.id === 'sdr4')?.rank).toBe(1);
  });

  it('returns nothing for no reps', () => {
    expect(assignSegments([], { asOf })).toEqual([]);
  });

  it.each([{ bottom: 0.6, star: 0.5 }, { bottom: -0.1, star: 0.2 }])('rejects cut points %o', (cutPoints) => {
    expect(() => assignSegments([rep('a', 1)], { asOf, cutPoints })).toThrow();
  });

  it('rejects duplicate ids', () => {
    expect(() => assignSegments([rep('a', 1), rep('a', 2)], { asOf })).toThrow();
  });
});

describe('assignSegments: ties', () => {
  it.each([
    // bottom band holds 1 but 2 reps tie at 0.5: both stay core
    { values: [0.5, 0.5, 1, 1.2, 1.5], expected: ['core', 'core', 'core', 'core', 'star'], ranks: [4, 4, 3, 2, 1] },
    // star band holds 1 but 2 reps tie at 1.5: both core, sharing rank 1
    { values: [0.5, 0.8, 1, 1.5, 1.5], expected: ['bottom', 'core', 'core', 'core', 'core'], ranks: [5, 4, 3, 1, 1] },
    // 10 reps, bottom band of 2 holds the whole tie at 0.3
    {
      values: [0.3, 0.3, 1, 1, 1, 1, 1, 1, 2, 3],
      expected: ['bottom', 'bottom', 'core', 'core', 'core', 'core', 'core', 'core', 'star', 'star'],
      ranks: [9, 9, 3, 3, 3, 3, 3, 3, 2, 1],
    },
  ])('$values', ({ values, expected, ranks }) => {
    const result = assignSegments(values.map((v, i) => rep(`r${i}`, v)), { asOf });
    expect(result.map((r) => r.segment)).toEqual(expected);
    expect(result.map((r) => r.rank)).toEqual(ranks);
  });

  it('explains a tie kept in core', () => {
    const result = assignSegments([0.5, 0.5, 1, 1.2, 1.5].map((v, i) => rep(`r${i}`, v)), { asOf });
    expect(result[0]?.reason).toMatch(/tied with 1 other\(s\) across a cut/);
  });

  it('puts everybody in core when all are equal', () => {
    expect(new Set(segmentsOf(Array.from({ length: 10 }, (_, i) => rep(`r${i}`, 1))))).toEqual(new Set(['core']));
  });
});

describe('assignSegments: ramping and unranked', () => {
  const others = [0.5, 0.8, 1, 1.1, 1.3].map((v, i) => rep(`o${i}`, v));
  it.each([
    // 2017-10-02 → 2017-12-31: 29 (Oct) + 30 (Nov) + 31 (Dec) = 90 days: not ramping
    { name: 'tenure exactly 90 days', r: rep('x', 2, { hiredAt: '2017-10-02' }), segment: 'star', reason: /top/ },
    { name: 'tenure 89 days', r: rep('x', 2, { hiredAt: '2017-10-03' }), segment: 'ramping', reason: /89 days in the job \(under 90\)/ },
    { name: '4 closed deals', r: rep('x', 2, { closedDeals: 4 }), segment: 'ramping', reason: /4 closed deals in the window \(under 5\)/ },
    { name: 'exactly 5 closed deals', r: rep('x', 2, { closedDeals: 5 }), segment: 'star', reason: /top/ },
    { name: 'unknown hire date', r: rep('x', 2, { hiredAt: null }), segment: 'star', reason: /top/ },
    { name: 'null attainment', r: rep('x', null), segment: 'ramping', reason: /not ranked: attainment unknown/ },
    { name: 'both ramping reasons', r: rep('x', 2, { hiredAt: '2017-12-01', closedDeals: 0 }), segment: 'ramping', reason: /30 days.*; 0 closed/ },
  ])('$name → $segment', ({ r, segment, reason }) => {
    const result = assignSegments([...others, r], { asOf }).find((s) => s.id === 'x');
    expect(result?.segment).toBe(segment);
    expect(result?.reason).toMatch(reason);
  });

  it('does not rank ramping or unknown reps', () => {
    const result = assignSegments([rep('a', null), rep('b', 1, { closedDeals: 0 })], { asOf });
    expect(result.map((r) => [r.rank, r.percentile])).toEqual([[null, null], [null, null]]);
  });
});

describe('assignSegments: hysteresis', () => {
  // r4 is this window's star candidate, r0 the bottom candidate
  const reps = [0.5, 0.8, 1, 1.1, 1.32].map((v, i) => rep(`r${i}`, v));
  const run = (shown?: Segment, prevCandidate?: Segment) => assignSegments(reps, {
    asOf,
    previous: shown ? new Map([['r4', shown]]) : undefined,
    previousCandidate: prevCandidate ? new Map([['r4', prevCandidate]]) : undefined,
  }).find((r) => r.id === 'r4');

  it.each([
    { shown: undefined, prev: undefined, segment: 'star', why: 'no history' },
    { shown: 'core', prev: undefined, segment: 'star', why: 'no previous candidate' },
    { shown: 'core', prev: 'star', segment: 'star', why: 'two windows agree' },
    { shown: 'core', prev: 'core', segment: 'core', why: 'previous window disagrees' },
    { shown: 'bottom', prev: 'core', segment: 'bottom', why: 'each window says something else' },
    { shown: 'star', prev: 'core', segment: 'star', why: 'no change' },
  ] as const)('shown $shown, previous candidate $prev → $segment ($why)', ({ shown, prev, segment }) => {
    const result = run(shown, prev);
    expect(result?.segment).toBe(segment);
    expect(result?.candidate).toBe('star');
  });

  it('explains a held segment', () => {
    expect(run('core', 'core')?.reason).toMatch(/^stays core until two windows agree \(this window: star, previous: core\); top 20 %/);
  });
});

describe('assignSegments: properties', () => {
  const cuts = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }))
    .map(([b, s]) => ({ bottom: b / 100, star: s / 100 }));

  it('band shares match the cut points within one rep for ≥ 10 distinct ranked reps', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 10, maxLength: 150 }), cuts, (values, cutPoints) => {
      const segments = segmentsOf(values.map((v, i) => rep(`r${i}`, v / 100)), cutPoints);
      const n = values.length;
      const count = (s: Segment) => segments.filter((x) => x === s).length;
      return Math.abs(count('bottom') - n * cutPoints.bottom) < 1 && Math.abs(count('star') - n * cutPoints.star) < 1
        && count('ramping') === 0;
    }));
  });

  it('with ties: tied reps share a segment and bands never exceed their share', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 60 }), cuts, (values, cutPoints) => {
      const result = assignSegments(values.map((v, i) => rep(`r${i}`, v)), { asOf, cutPoints });
      const byValue = new Map<number, Set<Segment>>();
      result.forEach((r, i) => byValue.set(values[i] ?? -1, (byValue.get(values[i] ?? -1) ?? new Set()).add(r.segment)));
      const n = values.length;
      const count = (s: Segment) => result.filter((r) => r.segment === s).length;
      return [...byValue.values()].every((set) => set.size === 1)
        && count('bottom') <= n * cutPoints.bottom + 1e-9 && count('star') <= n * cutPoints.star + 1e-9;
    }));
  });
});

describe('assignSegments ranks like a direct count, at any size', () => {
  // The rank and percentile are defined by counting the reps above and below; the code
  // sorts once and binary-searches. Attainments drawn from few values make many ties.
  it.each([[7, 3], [250, 5], [2000, 40]])('%i reps, %i distinct attainments', (n, distinct) => {
    let seed = n;
    const nextInt = (max: number) => { seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; return seed % max; };
    const reps = Array.from({ length: n }, (_, i) => ({
      id: `r${i}`, role: i % 10 === 0 ? 'ae' : 'rep', hiredAt: null, closedDeals: 10, attainment: nextInt(distinct) / 10,
    }));
    const result = assignSegments(reps, { asOf: '2025-06-30' });
    for (const [i, rep] of reps.entries()) {
      const peers = reps.filter((r) => r.role === rep.role).map((r) => r.attainment);
      const above = peers.filter((v) => v > rep.attainment).length;
      const below = peers.filter((v) => v < rep.attainment).length;
      expect(result[i]!.rank).toBe(above + 1);
      expect(result[i]!.percentile).toBeCloseTo((below + (peers.length - above - below) / 2) / peers.length, 12);
    }
  });
});

describe('assignSegmentsInSteps', () => {
  it('pauses every 100 reps of each pass and returns what assignSegments returns', () => {
    const reps = Array.from({ length: 450 }, (_, i) =>
      rep(`r${i}`, i % 7 === 0 ? null : (i * 37) % 101, { hiredAt: i % 11 === 0 ? '2026-06-01' : '2020-01-01' }));
    const options = { asOf: '2026-06-30', previous: new Map<string, Segment>([['r1', 'star']]), previousCandidate: new Map<string, Segment>([['r1', 'star']]) };
    const steps = assignSegmentsInSteps(reps, options);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) { pauses += 1; step = steps.next(); }
    // 4 pauses in the pass over all reps, 4 in the final one, and 3 in the ranking of the ranked ones
    expect(pauses).toBe(4 + 4 + 3);
    expect(step.value).toEqual(assignSegments(reps, options));
  });
});
