import { describe, expect, it } from 'vitest';
import { bandOf, formatHours, formatShare, shareOf, weekStartOf } from './share-band.ts';

describe('shareOf and bandOf', () => {
  it.each([
    // held minutes, coaching hours, share, band
    [0, 0, 0, 'flag'],
    [150, 1, 0.0875, 'flag'],
    [240, 0, 0.1, 'below'],
    [300, 4, 0.225, 'below'],
    [600, 0, 0.25, 'target'],
    [600, 6, 0.4, 'target'],
    [600, 7, 0.425, 'above'],
  ] as const)('%i min held + %f h reported → %f (%s)', (minutes, hours, share, band) => {
    expect(shareOf(minutes, hours)).toBeCloseTo(share, 10);
    expect(bandOf(shareOf(minutes, hours))).toBe(band);
  });
});

describe('formatting', () => {
  it.each([[0.2249, '22 %'], [0.4, '40 %'], [null, '—']] as const)('%s → %s', (share, text) => expect(formatShare(share)).toBe(text));
  it.each([[6, '6 h'], [2.5, '2.5 h']] as const)('%f hours → %s', (hours, text) => expect(formatHours(hours)).toBe(text));
});

describe('weekStartOf', () => {
  it.each([
    ['2026-11-22', 0, '2026-11-16'], // a Sunday belongs to the week of the Monday before
    ['2026-11-16', 0, '2026-11-16'],
    ['2026-11-18', -1, '2026-11-09'],
    ['2026-12-31', 1, '2027-01-04'],
  ] as const)('%s shifted %i → %s', (day, shift, monday) => expect(weekStartOf(day, shift)).toBe(monday));
});
