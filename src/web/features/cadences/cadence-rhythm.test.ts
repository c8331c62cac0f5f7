import { describe, expect, it } from 'vitest';
import type { CadenceWithSuggestion } from '../../../contract/cadence.ts';
import { changesOf, checkDraft, describeRhythm, differsFromSuggestion, draftOf } from './cadence-rhythm.ts';

const cadence: CadenceWithSuggestion = {
  id: 1, managerId: 2, repId: 3, repName: 'Rae Rep', kind: 'one_on_one', weekday: 2, localTime: '10:00', timeZone: 'Europe/Berlin',
  everyWeeks: 1, durationMin: 30, startsOn: '2026-01-05', active: true, suggestion: { everyWeeks: 2, durationMin: 20, reason: 'star' },
};

describe('describeRhythm', () => {
  it.each([
    [{ weekday: 2, localTime: '10:00', everyWeeks: 1 }, 'Weekly on Tuesday at 10:00'],
    [{ weekday: 5, localTime: '09:00', everyWeeks: 2 }, 'Every 2 weeks on Friday at 09:00'],
    [{ weekday: 7, localTime: '18:30', everyWeeks: 12 }, 'Every 12 weeks on Sunday at 18:30'],
  ])('%j reads "%s"', (rule, words) => expect(describeRhythm(rule)).toBe(words));
});

describe('checkDraft', () => {
  const good = draftOf(cadence);
  it.each([
    [{}, []],
    [{ durationMin: '4' }, ['durationMin']],
    [{ durationMin: '481' }, ['durationMin']],
    [{ durationMin: '30.5' }, ['durationMin']],
    [{ durationMin: '' }, ['durationMin']],
    [{ localTime: '24:00' }, ['localTime']],
    [{ localTime: '9:00' }, ['localTime']],
    [{ everyWeeks: '13' }, ['everyWeeks']],
    [{ weekday: '0' }, ['weekday']],
    [{ startsOn: '2026-02-30' }, ['startsOn']],
    [{ startsOn: '', localTime: 'x' }, ['localTime', 'startsOn']],
  ])('%j → errors on %j', (change, fields) => {
    expect(Object.keys(checkDraft({ ...good, ...change })).sort()).toEqual(fields);
  });
});

describe('changesOf', () => {
  it('sends only what changed, typed as the API wants it', () => {
    expect(changesOf(cadence, draftOf(cadence))).toEqual({});
    expect(changesOf(cadence, { ...draftOf(cadence), everyWeeks: '2', durationMin: '20', active: false }))
      .toEqual({ everyWeeks: 2, durationMin: 20, active: false });
  });
});

describe('differsFromSuggestion', () => {
  it('compares the rhythm with the segment suggestion', () => {
    expect(differsFromSuggestion(cadence)).toBe(true);
    expect(differsFromSuggestion({ ...cadence, everyWeeks: 2, durationMin: 20 })).toBe(false);
    expect(differsFromSuggestion({ ...cadence, suggestion: null })).toBe(false);
  });
});
