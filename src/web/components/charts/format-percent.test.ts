import { describe, expect, it } from 'vitest';
import { formatDays, formatPercent, formatPoints } from './format-percent.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatPercent', () => {
  it('writes a share as a whole percentage with a space before the sign', () => {
    expect(plain(formatPercent(0.4236, 0, 'en-US'))).toBe('42 %');
    expect(plain(formatPercent(1.05, 0, 'en-US'))).toBe('105 %');
    expect(plain(formatPercent(0.125, 1, 'en-US'))).toBe('12.5 %');
  });

  it('shows an unknown share as a dash, never 0 %', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatPoints and formatDays', () => {
  it('signs percentage points', () => {
    expect(plain(formatPoints(-0.34, 'en-US'))).toBe('−34 pts');
    expect(plain(formatPoints(0.051, 'en-US'))).toBe('+5 pts');
    expect(plain(formatPoints(0, 'en-US'))).toBe('0 pts');
  });

  it('writes days with their unit', () => {
    expect(plain(formatDays(48.5, 'en-US'))).toBe('48.5 days');
    expect(plain(formatDays(1, 'en-US'))).toBe('1 day');
    expect(formatDays(null)).toBe('—');
  });
});
