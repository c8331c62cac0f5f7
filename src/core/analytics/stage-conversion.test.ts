import { describe, expect, it } from 'vitest';
import { rate } from './rate.ts';
import { conversionGaps, stageBenchmarks, stageRows, type OpenStage, type StageBenchmark } from './stage-conversion.ts';
import type { StageStats } from './window-stats.ts';

const STAGES: OpenStage[] = [
  { ord: 1, stageId: 11, key: 'qualify', name: 'Qualify' },
  { ord: 2, stageId: 12, key: 'propose', name: 'Propose' },
  { ord: 3, stageId: 13, key: 'negotiate', name: 'Negotiate' },
];
const s = (repId: number, stageOrd: number, cohort: number, converted: number, won = 0): StageStats => ({ repId, stageOrd, cohort, converted, won });
const NO_TARGETS = new Map<string, number>();

describe('stageBenchmarks', () => {
  it('takes the median conversion over the reps whose cohort has at least 5 deals', () => {
    const stats = [
      s(1, 1, 10, 6), // 0.6
      s(2, 1, 5, 2), // 0.4 (exactly 5: counts)
      s(3, 1, 4, 4), // 1.0 but only 4 deals: left out
      s(4, 1, 8, 4), // 0.5
      s(1, 2, 6, 3), // 0.5
      s(2, 2, 10, 8), // 0.8 → median of two (0.5 + 0.8) / 2 = 0.65
      s(1, 3, 3, 1), // stage 3: nobody with 5 → no benchmark
      s(2, 3, 4, 4),
    ];
    expect(stageBenchmarks(STAGES, stats, NO_TARGETS)).toEqual([
      { ord: 1, value: 0.5, basis: 'median', reps: 3 }, // median of 0.4, 0.5, 0.6
      { ord: 2, value: 0.65, basis: 'median', reps: 2 },
      { ord: 3, value: null, basis: null, reps: 0 },
    ]);
  });

  it('a kpi_targets row overrides the median, even when no rep has a full sample', () => {
    const stats = [s(1, 1, 10, 6), s(2, 1, 10, 2), s(1, 3, 2, 1)];
    const targets = new Map([['stage_conversion:qualify', 0.45], ['stage_conversion:negotiate', 0.7], ['activities_per_week', 20]]);
    expect(stageBenchmarks(STAGES, stats, targets)).toEqual([
      { ord: 1, value: 0.45, basis: 'target', reps: 2 },
      { ord: 2, value: null, basis: null, reps: 0 },
      { ord: 3, value: 0.7, basis: 'target', reps: 0 },
    ]);
  });

  it('no stats at all: every benchmark null', () => {
    expect(stageBenchmarks(STAGES, [], NO_TARGETS).map((b) => b.value)).toEqual([null, null, null]);
  });

  it('honours another minimum sample', () => {
    const stats = [s(1, 1, 3, 3), s(2, 1, 10, 1)];
    expect(stageBenchmarks(STAGES, stats, NO_TARGETS, 3)[0]).toEqual({ ord: 1, value: 0.55, basis: 'median', reps: 2 }); // (1 + 0.1) / 2
    expect(stageBenchmarks(STAGES, stats, NO_TARGETS)[0]).toEqual({ ord: 1, value: 0.1, basis: 'median', reps: 1 });
  });
});

const BENCH: StageBenchmark[] = [
  { ord: 1, value: 0.5, basis: 'median', reps: 3 },
  { ord: 2, value: 0.75, basis: 'target', reps: 1 },
  { ord: 3, value: null, basis: null, reps: 0 },
];

describe('stageRows', () => {
  it('one row per open stage; a stage without stats has cohort 0 and null rates', () => {
    const rows = stageRows(STAGES, [s(1, 1, 10, 5, 2), s(1, 3, 6, 3, 3)], BENCH);
    expect(rows).toEqual([
      {
        ord: 1, key: 'qualify', name: 'Qualify', transition: 'Qualify → Propose', cohort: 10,
        conversion: { value: 0.5, sample: 10, lowConfidence: false }, toWon: { value: 0.2, sample: 10, lowConfidence: false },
        benchmark: 0.5, benchmarkBasis: 'median', atOrAboveBenchmark: true, // 0.5 ≥ 0.5
      },
      {
        ord: 2, key: 'propose', name: 'Propose', transition: 'Propose → Negotiate', cohort: 0,
        conversion: { value: null, sample: 0, lowConfidence: true }, toWon: { value: null, sample: 0, lowConfidence: true },
        benchmark: 0.75, benchmarkBasis: 'target', atOrAboveBenchmark: null,
      },
      {
        ord: 3, key: 'negotiate', name: 'Negotiate', transition: 'Negotiate → Won', cohort: 6,
        conversion: { value: 0.5, sample: 6, lowConfidence: false }, toWon: { value: 0.5, sample: 6, lowConfidence: false },
        benchmark: null, benchmarkBasis: null, atOrAboveBenchmark: null, // no benchmark
      },
    ]);
  });

  it.each([
    { name: 'below benchmark', cohort: 10, converted: 4, expected: false },
    { name: 'above benchmark', cohort: 10, converted: 9, expected: true },
    { name: 'small sample: not judged', cohort: 4, converted: 4, expected: null },
    { name: 'small sample below: not judged', cohort: 4, converted: 0, expected: null },
  ])('atOrAboveBenchmark $name → $expected', ({ cohort, converted, expected }) => {
    const [row] = stageRows(STAGES, [s(1, 1, cohort, converted)], BENCH);
    expect(row!.atOrAboveBenchmark).toBe(expected);
  });

  it('works with no benchmarks at all (no stage history elsewhere)', () => {
    const rows = stageRows(STAGES, [s(1, 2, 5, 5, 5)], []);
    expect(rows.map((r) => [r.cohort, r.benchmark, r.benchmarkBasis, r.atOrAboveBenchmark])).toEqual([
      [0, null, null, null], [5, null, null, null], [0, null, null, null],
    ]);
  });
});

describe('conversionGaps', () => {
  // The rep: Qualify 10 → 3 advanced (0.3), Propose 8 → 4 (0.5), 2 of 8 won (0.25),
  // Negotiate 6 → 3 (0.5), 3 of 6 won (0.5). Benchmarks 0.5 / 0.75 / 0.8; avg deal 1000.
  const benchmarks: StageBenchmark[] = [
    { ord: 1, value: 0.5, basis: 'median', reps: 3 },
    { ord: 2, value: 0.75, basis: 'median', reps: 3 },
    { ord: 3, value: 0.8, basis: 'target', reps: 3 },
  ];
  const repStats = [s(1, 1, 10, 3, 2), s(1, 2, 8, 4, 2), s(1, 3, 6, 3, 3)];

  it('impact = cohort × (benchmark − conversion) × next stage to won × avg deal size, ranked', () => {
    const gaps = conversionGaps(stageRows(STAGES, repStats, benchmarks), 1000);
    // Negotiate (last): 6 × (0.8 − 0.5) × 1 (won after the last stage) × 1000 = 1800
    // Propose:          8 × (0.75 − 0.5) × Negotiate's toWon 0.5 × 1000 = 1000
    // Qualify:         10 × (0.5 − 0.3) × Propose's toWon 0.25 × 1000 = 500
    expect(gaps.map((g) => [g.stage, g.ord, g.transition])).toEqual([
      ['negotiate', 3, 'Negotiate → Won'], ['propose', 2, 'Propose → Negotiate'], ['qualify', 1, 'Qualify → Propose'],
    ]);
    expect(gaps.map((g) => g.impact)).toEqual([expect.closeTo(1800, 9), expect.closeTo(1000, 9), expect.closeTo(500, 9)]);
    expect(gaps[0]).toMatchObject({
      enteredStage: 6, repConversion: { value: 0.5, sample: 6 }, benchmarkConversion: 0.8,
      repDownstreamToWon: { value: 1, sample: 6, lowConfidence: false }, repAvgDealSize: 1000,
    });
    expect(gaps[2]!.repDownstreamToWon).toEqual(rate(2, 8)); // the NEXT stage's toWon, not this one's
  });

  it('drops gaps with a small cohort or a low-confidence downstream rate', () => {
    // Propose has only 4 deals: its own gap goes, and Qualify's downstream (Propose's toWon, 4 deals) is low-confidence.
    const stats = [s(1, 1, 10, 3, 2), s(1, 2, 4, 2, 1), s(1, 3, 6, 3, 3)];
    const gaps = conversionGaps(stageRows(STAGES, stats, benchmarks), 1000);
    expect(gaps.map((g) => g.stage)).toEqual(['negotiate']);
  });

  it('drops stages at or above benchmark, without benchmark, or without a deal size', () => {
    const atBench = [s(1, 1, 10, 5, 2), s(1, 2, 8, 6, 2), s(1, 3, 6, 3, 3)];
    const noThird: StageBenchmark[] = [...benchmarks.slice(0, 2), { ord: 3, value: null, basis: null, reps: 0 }];
    // Qualify 0.5 = bench, Propose 0.75 = bench, Negotiate: no benchmark
    expect(conversionGaps(stageRows(STAGES, atBench, noThird), 1000)).toEqual([]);
    expect(conversionGaps(stageRows(STAGES, repStats, benchmarks), null)).toEqual([]);
  });

  it('a gap whose downstream never wins has no impact and is dropped', () => {
    const stats = [s(1, 1, 10, 3, 0), s(1, 2, 8, 4, 0), s(1, 3, 6, 3, 0)];
    // Qualify and Propose: next stage's toWon is 0 → impact 0; Negotiate: downstream 1 → 1800
    expect(conversionGaps(stageRows(STAGES, stats, benchmarks), 1000).map((g) => g.stage)).toEqual(['negotiate']);
  });
});
