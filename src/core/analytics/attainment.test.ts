import { describe, expect, it } from 'vitest';
import { attainment, peerMedianAttainment } from './attainment.ts';

describe('attainment', () => {
  it.each([
    { wonValue: 120_000, quota: 100_000, value: 1.2 }, // 120k ÷ 100k
    { wonValue: 0, quota: 50_000, value: 0 }, // a real zero
    { wonValue: 30_000, quota: null, value: null }, // no quota: unknown
    { wonValue: 30_000, quota: 0, value: null }, // zero quota: unknown, not infinite
  ])('$wonValue against quota $quota → $value', ({ wonValue, quota, value }) => {
    expect(attainment({ wonValue, quota })).toEqual({ value, basis: 'quota' });
  });

  it('treats negative money as a bug', () => {
    expect(() => attainment({ wonValue: -1, quota: 10 })).toThrow();
  });
});

describe('peerMedianAttainment', () => {
  it('divides by the median won value of the same role', () => {
    const result = peerMedianAttainment([
      // AE: 100, 200, 300, 400 → median (200 + 300) / 2 = 250
      { id: 'a', role: 'AE', wonValue: 100 },
      { id: 'b', role: 'AE', wonValue: 200 },
      // SE: 10, 20, 60 → median 20
      { id: 'x', role: 'SE', wonValue: 10 },
      { id: 'c', role: 'AE', wonValue: 300 },
      { id: 'y', role: 'SE', wonValue: 20 },
      { id: 'f', role: 'AE', wonValue: 400 },
      { id: 'z', role: 'SE', wonValue: 60 },
      // SDR: alone, no peers
      { id: 'd', role: 'SDR', wonValue: 50 },
    ]);
    expect(result.map((r) => [r.id, r.value, r.peerCount])).toEqual([
      ['a', 0.4, 3], // 100 / 250
      ['b', 0.8, 3], // 200 / 250
      ['x', 0.5, 2], // 10 / 20
      ['c', 1.2, 3], // 300 / 250
      ['y', 1, 2], // 20 / 20
      ['f', 1.6, 3], // 400 / 250
      ['z', 3, 2], // 60 / 20
      ['d', null, 0], // no peer of the same role
    ]);
    expect(result.every((r) => r.basis === 'peer_median')).toBe(true);
  });

  it('is null when the median is 0', () => {
    // 0, 0, 90 → median 0
    const result = peerMedianAttainment([
      { id: 'a', role: 'AM', wonValue: 0 },
      { id: 'b', role: 'AM', wonValue: 0 },
      { id: 'c', role: 'AM', wonValue: 90 },
    ]);
    expect(result.map((r) => r.value)).toEqual([null, null, null]);
  });

  it('returns nothing for no reps', () => {
    expect(peerMedianAttainment([])).toEqual([]);
  });
});
