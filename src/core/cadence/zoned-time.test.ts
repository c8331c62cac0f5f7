import { describe, expect, it } from 'vitest';
import { instantOfLocal, isKnownTimeZone, localPartsAt, offsetMinutesAt } from './zoned-time.ts';
import { offsetChanges, vtimezoneFor } from './vtimezone.ts';

describe('zoned time', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/Berlin', 60], ['2026-07-15T12:00:00Z', 'Europe/Berlin', 120],
    ['2026-07-15T12:00:00Z', 'America/New_York', -240], ['2026-01-15T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-01-15T12:00:00Z', 'UTC', 0],
  ])('offset at %s in %s is %i min', (at, zone, offset) => {
    expect(offsetMinutesAt(Date.parse(at), zone)).toBe(offset);
  });
  it('local parts', () => {
    expect(localPartsAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-03-29', hour: 3, minute: 0, second: 0 });
  });
  it.each([
    ['2026-03-29', 2, 30, 'Europe/Berlin', '2026-03-29T01:30:00.000Z'], // gap: 03:30 CEST
    ['2026-10-25', 2, 30, 'Europe/Berlin', '2026-10-25T00:30:00.000Z'], // overlap: the first 02:30 (CEST)
    ['2026-10-25', 3, 30, 'Europe/Berlin', '2026-10-25T02:30:00.000Z'],
  ])('%s %i:%i in %s is %s', (date, h, m, zone, iso) => {
    expect(new Date(instantOfLocal(date, h, m, zone)).toISOString()).toBe(iso);
  });
  it('knows real zones only', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('VTIMEZONE', () => {
  it('finds both 2026 changes of Europe/Berlin to the minute', () => {
    expect(offsetChanges('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { atMs: Date.parse('2026-03-29T01:00:00Z'), fromMin: 60, toMin: 120 },
      { atMs: Date.parse('2026-10-25T01:00:00Z'), fromMin: 120, toMin: 60 },
    ]);
  });
  it('writes observances with local start times in the old offset', () => {
    const text = vtimezoneFor('America/New_York', 2026, 2026);
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD');
    expect(vtimezoneFor('Asia/Tokyo', 2026, 2027).match(/BEGIN:STANDARD/g)).toHaveLength(1);
  });
});
