import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, readDealFilters, toDealQuery, writeDealFilters } from './deal-search-params.ts';

const read = (query: string) => readDealFilters(new URLSearchParams(query));

describe('deal filters in the URL', () => {
  it('reads defaults from an empty query', () => {
    expect(read('')).toEqual({ owner: '', stage: '', outcome: '', q: '', sort: DEFAULT_SORT, page: 1 });
  });

  it('ignores values the API would refuse', () => {
    expect(read('owner=abc&outcome=maybe&sort=rank&page=-2')).toEqual(read(''));
  });

  it('keeps valid values', () => {
    expect(read('owner=7&stage=propose&outcome=won&q=acme&sort=-closedAt&page=3')).toEqual({
      owner: '7', stage: 'propose', outcome: 'won', q: 'acme', sort: '-closedAt', page: 3,
    });
  });

  it('goes back to page 1 when a filter changes, and leaves defaults out', () => {
    const current = read('outcome=open&page=4');
    expect(writeDealFilters(current, { q: 'acme' }).toString()).toBe('outcome=open&q=acme');
    expect(writeDealFilters(current, { page: 5 }).toString()).toBe('outcome=open&page=5');
    expect(writeDealFilters(current, { outcome: '', sort: DEFAULT_SORT }).toString()).toBe('');
  });

  it('asks the API for one page of 50', () => {
    expect(toDealQuery(read('owner=7'))).toMatchObject({ owner: '7', page: 1, pageSize: 50, sort: '-amount' });
  });
});
