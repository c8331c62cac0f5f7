import { describe, expect, it } from 'vitest';
import {
  dayFromIsoDate, isoDateFromDay, isoDateTime, quarterOf, snapToBusinessDay, weekdayOf,
} from './demo-calendar.ts';

describe('demo calendar', () => {
  it.each([
    { iso: '1970-01-01', day: 0, weekday: 3 },
    { iso: '2000-02-29', day: 11016, weekday: 1 },
    { iso: '2024-12-31', day: 20088, weekday: 1 },
    { iso: '2026-11-20', day: 20777, weekday: 4 },
    { iso: '1969-12-31', day: -1, weekday: 2 },
  ])('$iso is day $day, weekday $weekday (0 = Monday)', ({ iso, day, weekday }) => {
    expect(dayFromIsoDate(iso)).toBe(day);
    expect(isoDateFromDay(day)).toBe(iso);
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('round-trips every day across leap years', () => {
    const mismatches: number[] = [];
    for (let day = dayFromIsoDate('1999-12-01'); day < dayFromIsoDate('2030-01-01'); day++) {
      if (dayFromIsoDate(isoDateFromDay(day)) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-01', 'yesterday'])('rejects %s', (iso) => {
    expect(() => dayFromIsoDate(iso)).toThrow();
  });

  it.each([
    { iso: '2026-11-20', snapped: '2026-11-20' },
    { iso: '2026-11-21', snapped: '2026-11-23' },
    { iso: '2026-11-22', snapped: '2026-11-23' },
  ])('snaps $iso to the business day $snapped', ({ iso, snapped }) => {
    expect(isoDateFromDay(snapToBusinessDay(dayFromIsoDate(iso)))).toBe(snapped);
  });

  it.each([
    { iso: '2026-11-20', start: '2026-10-01', end: '2026-12-31' },
    { iso: '2026-01-01', start: '2026-01-01', end: '2026-03-31' },
    { iso: '2024-06-30', start: '2024-04-01', end: '2024-06-30' },
  ])('puts $iso in the quarter $start..$end', ({ iso, start, end }) => {
    const quarter = quarterOf(dayFromIsoDate(iso));
    expect([isoDateFromDay(quarter.start), isoDateFromDay(quarter.end)]).toEqual([start, end]);
  });

  it('formats date-times', () => {
    expect(isoDateTime(dayFromIsoDate('2026-03-05'), 9 * 60 + 7)).toBe('2026-03-05 09:07:00');
  });
});
