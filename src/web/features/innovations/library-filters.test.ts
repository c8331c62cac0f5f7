import { describe, expect, it } from 'vitest';
import { readLibraryFilters, writeLibraryFilters } from './library-filters.ts';

const none = { q: '', segment: '', obstacle: '', page: 1 };

describe('innovation library address', () => {
  it.each([
    ['', none],
    ['q=phased+rollout&segment=SMB&obstacle=timing&page=2', { q: 'phased rollout', segment: 'SMB', obstacle: 'timing', page: 2 }],
    ['obstacle=bribery&page=zero', none],
  ])('reads %s', (search, expected) => {
    expect(readLibraryFilters(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    [{ ...none, page: 3 }, { q: 'budget' }, 'q=budget'],
    [{ ...none, q: 'budget' }, { page: 2 }, 'q=budget&page=2'],
    [{ ...none, segment: 'SMB', obstacle: 'timing' }, { segment: '' }, 'obstacle=timing'],
    [{ ...none, q: 'x' }, { q: '   ' }, ''],
  ])('changes %j by %j', (current, change, expected) => {
    expect(writeLibraryFilters(current, change).toString()).toBe(expected);
  });
});
