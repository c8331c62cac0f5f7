import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_FORMATS, parseDate } from './parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2017-03-01', 'YYYY-MM-DD', '2017-03-01 00:00:00'],
    ['2018-10-13 17:16:45', 'YYYY-MM-DD', '2018-10-13 17:16:45'],
    ['2018-10-13T17:16:45.000Z', 'YYYY-MM-DD', '2018-10-13 17:16:45'],
    ['2018-10-13T17:16:45+0200', 'YYYY-MM-DD', '2018-10-13 17:16:45'],
    ['2023-05-12 14:03', 'YYYY-MM-DD', '2023-05-12 14:03:00'],
    ['3/1/2017', 'M/D/YYYY', '2017-03-01 00:00:00'],
    ['12/31/2017 2:05 PM', 'M/D/YYYY', '2017-12-31 14:05:00'],
    ['12/31/2017 12:05 AM', 'M/D/YYYY', '2017-12-31 00:05:00'],
    ['1/3/2017', 'D/M/YYYY', '2017-03-01 00:00:00'],
    ['29/2/2016 23:59:59', 'D/M/YYYY', '2016-02-29 23:59:59'],
  ] as const)('reads %s as %s', (text, format, dateTime) => {
    expect(parseDate(text, format)).toEqual({ ok: true, value: { date: dateTime.slice(0, 10), dateTime } });
  });

  it.each([
    ['2017-02-30', 'YYYY-MM-DD', '2017-02-30 is not a calendar date; expected a date like 2017-03-01 (YYYY-MM-DD)'],
    ['2017-13-01', 'YYYY-MM-DD', '2017-13-01 is not a calendar date; expected a date like 2017-03-01 (YYYY-MM-DD)'],
    ['2/29/2017', 'M/D/YYYY', '2/29/2017 is not a calendar date; expected a date like 3/1/2017 (M/D/YYYY)'],
    ['3/1/2017', 'YYYY-MM-DD', 'expected a date like 2017-03-01 (YYYY-MM-DD)'],
    ['2017-03-01', 'M/D/YYYY', 'expected a date like 3/1/2017 (M/D/YYYY)'],
    ['13/13/2017', 'D/M/YYYY', '13/13/2017 is not a calendar date; expected a date like 1/3/2017 (D/M/YYYY)'],
    ['0217-03-01', 'YYYY-MM-DD', 'year 217 is out of range (1900-2199); expected a date like 2017-03-01 (YYYY-MM-DD)'],
    ['2017-03-01 25:00', 'YYYY-MM-DD', '2017-03-01 25:00 has an invalid time; expected HH:MM or HH:MM:SS (24-hour)'],
    ['yesterday', 'YYYY-MM-DD', 'expected a date like 2017-03-01 (YYYY-MM-DD)'],
  ] as const)('refuses %s in %s', (text, format, message) => {
    expect(parseDate(text, format)).toEqual({ ok: false, message });
  });

  const validDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });

  it('round-trips every valid date in every format', () => {
    fc.assert(fc.property(validDate, fc.constantFrom(...DATE_FORMATS), (date, format) => {
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const time = date.toISOString().slice(11, 19);
      const text = format === 'YYYY-MM-DD' ? `${iso} ${time}` : format === 'M/D/YYYY' ? `${m}/${d}/${y} ${time}` : `${d}/${m}/${y} ${time}`;
      expect(parseDate(text, format)).toEqual({ ok: true, value: { date: iso, dateTime: `${iso} ${time}` } });
    }));
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(...DATE_FORMATS), (text, format) => {
      const result = parseDate(text, format);
      expect(typeof result.ok).toBe('boolean');
    }));
  });
});
