import { describe, expect, it } from 'vitest';
import { benchmarkLookup, durationSamples, type DurationSample } from './duration-benchmarks.ts';

const SAMPLES: DurationSample[] = [
  { key: 7, segment: null, deals: 212, p80Days: 18 },
  { key: 7, segment: 'Enterprise', deals: 40, p80Days: 30 },
  { key: 7, segment: 'SMB', deals: 29, p80Days: 9 }, // one short of 30: the org's p80 is used
  { key: 8, segment: null, deals: 4, p80Days: 50 }, // under 5 deals: nothing to measure against
  { key: 8, segment: 'Enterprise', deals: 30, p80Days: 12 }, // exactly 30: its own
];

describe('benchmarkLookup', () => {
  const lookup = benchmarkLookup(SAMPLES);
  it.each([
    [7, 'Enterprise', { p80Days: 30, deals: 40, segment: 'Enterprise' }],
    [7, 'SMB', { p80Days: 18, deals: 212, segment: null }],
    [7, 'Mid-market', { p80Days: 18, deals: 212, segment: null }],
    [7, null, { p80Days: 18, deals: 212, segment: null }],
    [8, 'Enterprise', { p80Days: 12, deals: 30, segment: 'Enterprise' }],
    [8, 'SMB', null],
    [9, null, null],
  ] as const)('key %s, segment %s', (key, segment, expected) => {
    expect(lookup(key, segment)).toEqual(expected);
  });

  it('takes another minimum segment sample', () => {
    expect(benchmarkLookup(SAMPLES, 20)(7, 'SMB')).toEqual({ p80Days: 9, deals: 29, segment: 'SMB' });
  });
});

describe('durationSamples', () => {
  it('takes nearest-rank p80s from counts, per segment and over the whole org', () => {
    const samples = durationSamples([
      // stage 7, Enterprise: 2 × 5 days, 1 × 9, 2 × 30 → 5 deals, rank ceil(4) = 4th → 30
      { key: 7, segment: 'Enterprise', days: 5, deals: 2 },
      { key: 7, segment: 'Enterprise', days: 9, deals: 1 },
      { key: 7, segment: 'Enterprise', days: 30, deals: 2 },
      // stage 7, no segment: 5 × 1 day → with Enterprise: 10 deals, rank 8 → 1,1,1,1,1,5,5,9 → 9
      { key: 7, segment: null, days: 1, deals: 5 },
      // stage 8, SMB only: 1 deal of 4 days → rank ceil(0.8) = 1 → 4
      { key: 8, segment: 'SMB', days: 4, deals: 1 },
    ]);
    expect(samples).toEqual([
      { key: 7, segment: null, deals: 10, p80Days: 9 },
      { key: 7, segment: 'Enterprise', deals: 5, p80Days: 30 },
      { key: 8, segment: null, deals: 1, p80Days: 4 },
      { key: 8, segment: 'SMB', deals: 1, p80Days: 4 },
    ]);
  });

  it('exactly at 80 %: 4 of 5 deals at or below 10 days', () => {
    expect(durationSamples([{ key: 0, segment: null, days: 10, deals: 4 }, { key: 0, segment: null, days: 99, deals: 1 }]))
      .toEqual([{ key: 0, segment: null, deals: 5, p80Days: 10 }]);
  });

  it('nothing counted, nothing sampled', () => {
    expect(durationSamples([])).toEqual([]);
  });
});
