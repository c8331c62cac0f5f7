import { describe, expect, it } from 'vitest';
import { horizonOf, isoWeekdayOf, mondayOf, occurrencesBetween, type CadenceRule } from './cadence-rule.ts';

const rule = (patch: Partial<CadenceRule>): CadenceRule => ({
  weekday: 1, localTime: '10:00', timeZone: 'UTC', everyWeeks: 1, durationMin: 30, startsOn: '2026-01-05', ...patch,
});
const starts = (r: CadenceRule, from: string, to: string) => occurrencesBetween(r, from, to).map((o) => o.startsAt.toISOString());

describe('occurrencesBetween', () => {
  it.each([
    ['weekly Monday 10:00 UTC', rule({}), '2026-01-05', '2026-01-25',
      ['2026-01-05T10:00:00.000Z', '2026-01-12T10:00:00.000Z', '2026-01-19T10:00:00.000Z']],
    ['Berlin across spring forward (29 March): 10:00 local stays 10:00', rule({ timeZone: 'Europe/Berlin', startsOn: '2026-03-01' }), '2026-03-16', '2026-04-06',
      ['2026-03-16T09:00:00.000Z', '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']],
    ['Berlin across fall back (25 October)', rule({ timeZone: 'Europe/Berlin', weekday: 3, localTime: '14:30', startsOn: '2026-10-01' }), '2026-10-20', '2026-11-01',
      ['2026-10-21T12:30:00.000Z', '2026-10-28T13:30:00.000Z']],
    ['New York on 8 March (spring forward, Sunday 02:30 does not exist: moves to 03:30)', rule({ timeZone: 'America/New_York', weekday: 7, localTime: '02:30', startsOn: '2026-03-01' }), '2026-03-01', '2026-03-15',
      ['2026-03-01T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-15T06:30:00.000Z']],
    ['New York on 1 November (01:30 happens twice: the first one)', rule({ timeZone: 'America/New_York', weekday: 7, localTime: '01:30', startsOn: '2026-10-25' }), '2026-11-01', '2026-11-01',
      ['2026-11-01T05:30:00.000Z']],
    ['every 2 weeks counts from the start week', rule({ everyWeeks: 2, weekday: 4, startsOn: '2026-01-07' }), '2026-01-01', '2026-02-10',
      ['2026-01-08T10:00:00.000Z', '2026-01-22T10:00:00.000Z', '2026-02-05T10:00:00.000Z']],
    ['every 2 weeks, asked from a later week, keeps the rhythm', rule({ everyWeeks: 2, weekday: 4, startsOn: '2026-01-07' }), '2026-01-12', '2026-01-31',
      ['2026-01-22T10:00:00.000Z']],
    ['nothing before the start date', rule({ startsOn: '2026-01-13' }), '2026-01-05', '2026-01-20', ['2026-01-19T10:00:00.000Z']],
    ['Sunday is weekday 7; Tokyo has no DST', rule({ weekday: 7, timeZone: 'Asia/Tokyo', localTime: '09:15' }), '2026-01-05', '2026-01-18',
      ['2026-01-11T00:15:00.000Z', '2026-01-18T00:15:00.000Z']],
    ['Kolkata half-hour offset', rule({ timeZone: 'Asia/Kolkata' }), '2026-01-05', '2026-01-05', ['2026-01-05T04:30:00.000Z']],
    ['empty range', rule({}), '2026-01-06', '2026-01-11', []],
  ] as const)('%s', (_title, r, from, to, expected) => {
    expect(starts(r, from, to)).toEqual(expected);
  });

  it('ends after the duration and keeps the local date', () => {
    const [o] = occurrencesBetween(rule({ timeZone: 'Pacific/Auckland', localTime: '08:00', durationMin: 45 }), '2026-01-05', '2026-01-05');
    expect(o).toEqual({ occursOn: '2026-01-05', startsAt: new Date('2026-01-04T19:00:00.000Z'), endsAt: new Date('2026-01-04T19:45:00.000Z') });
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2026-01-05', 1, '2026-01-05'], ['2026-01-11', 7, '2026-01-05'], ['2026-03-29', 7, '2026-03-23'], ['2024-02-29', 4, '2024-02-26'],
  ])('%s is weekday %i of the week of %s', (date, weekday, monday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
    expect(mondayOf(date)).toBe(monday);
  });
  it('a horizon of 4 weeks is 28 days from the as-of date', () => {
    expect(horizonOf('2026-03-02', 4)).toEqual({ from: '2026-03-02', to: '2026-03-29' });
  });
});
