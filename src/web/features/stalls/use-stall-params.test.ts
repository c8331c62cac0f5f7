import { describe, expect, it } from 'vitest';
import { readStallParams, writeStallParams } from './use-stall-params.ts';

describe('stalled-deals address', () => {
  it.each([
    ['', { managerId: null, asOf: null, sort: '-amount', page: 1 }],
    ['managerId=12&asOf=2026-07-01&sort=-age&page=3', { managerId: 12, asOf: '2026-07-01', sort: '-age', page: 3 }],
    ['managerId=x&asOf=July&sort=oldest&page=-2', { managerId: null, asOf: null, sort: '-amount', page: 1 }],
  ])('reads %s', (search, expected) => {
    expect(readStallParams(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    ['sort=age&page=2', { sort: '-amount' }, ''],
    ['page=2', { page: '3' }, 'page=3'],
    ['managerId=4&page=2', { asOf: '2026-07-01' }, 'managerId=4&asOf=2026-07-01'],
    ['managerId=4', { managerId: '' }, ''],
  ])('changes %s by %j', (search, change, expected) => {
    expect(writeStallParams(new URLSearchParams(search), change).toString()).toBe(expected);
  });
});
