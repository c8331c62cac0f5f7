import { describe, expect, it } from 'vitest';
import { defaultCadences, suggestedOneOnOne } from './default-cadences.ts';

describe('default cadences', () => {
  it.each([
    ['star', 2, 20], ['core', 1, 30], ['bottom', 1, 30], ['ramping', 1, 30], [null, 1, 30],
  ] as const)('a %s rep: every %i week(s), %i min', (segment, everyWeeks, durationMin) => {
    expect(suggestedOneOnOne(segment)).toMatchObject({ everyWeeks, durationMin });
  });

  it('spreads 1:1s over Monday–Thursday and adds a weekly 60-minute team session', () => {
    const reps = [1, 2, 3, 4, 5].map((repId) => ({ repId, segment: repId === 2 ? 'star' as const : 'core' as const }));
    const drafts = defaultCadences(reps, 'Europe/Berlin', '2026-03-02');
    expect(drafts.map((d) => [d.kind, d.repId, d.weekday, d.localTime, d.everyWeeks, d.durationMin])).toEqual([
      ['one_on_one', 1, 1, '10:00', 1, 30], ['one_on_one', 2, 2, '10:00', 2, 20], ['one_on_one', 3, 3, '10:00', 1, 30],
      ['one_on_one', 4, 4, '10:00', 1, 30], ['one_on_one', 5, 1, '10:45', 1, 30], ['team_skill', null, 5, '09:00', 1, 60],
    ]);
    expect(drafts.every((d) => d.timeZone === 'Europe/Berlin' && d.startsOn === '2026-03-02')).toBe(true);
  });

  it('a manager without reps gets nothing', () => {
    expect(defaultCadences([], 'UTC', '2026-03-02')).toEqual([]);
  });
});
