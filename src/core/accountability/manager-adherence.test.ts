// Hand-computed cases (docs/accountability.md): as of Wednesday 2026-03-11, a manager with
// a core rep (1) and a star (2).
import { describe, expect, it } from 'vitest';
import { coachingShare, shareBand } from './coaching-share.ts';
import { assessManagerWeeks, weekStarts, type SessionFact } from './manager-adherence.ts';

const reps = [{ repId: 1, name: 'Cora Core', segment: 'core' as const }, { repId: 2, name: 'Stan Star', segment: 'star' as const }];
const s = (repId: number | null, kind: SessionFact['kind'], status: SessionFact['status'], on: string, durationMin: number | null): SessionFact => ({
  repId, kind, status, scheduledOn: on, heldOn: status === 'held' ? on : null, durationMin,
});

describe('coaching share', () => {
  it.each([
    [0, 0, 40, 0, 'flag'], [230, 0, 40, 230 / 60 / 40, 'flag'], [240, 0, 40, 0.1, 'below'], [600, 0, 40, 0.25, 'target'],
    [60, 15, 40, 0.4, 'target'], [60, 16, 40, 17 / 40, 'above'], [120, 0, 20, 0.1, 'below'],
  ])('%i held min + %i h over %i h → %f (%s)', (minutes, hours, working, share, band) => {
    expect(coachingShare(minutes, hours, working)).toBeCloseTo(share, 10);
    expect(shareBand(coachingShare(minutes, hours, working))).toBe(band);
  });
});

describe('assessManagerWeeks', () => {
  const sessions: SessionFact[] = [
    s(1, 'one_on_one', 'held', '2026-02-17', 30), s(2, 'one_on_one', 'held', '2026-02-18', 20),
    s(1, 'one_on_one', 'held', '2026-02-24', 30), s(2, 'one_on_one', 'held', '2026-02-25', 20), s(null, 'team_skill', 'held', '2026-02-27', 60),
    s(1, 'one_on_one', 'held', '2026-03-03', 30), s(2, 'one_on_one', 'missed', '2026-03-04', 20), s(null, 'team_skill', 'cancelled', '2026-03-06', 60),
    s(2, 'deal', 'held', '2026-03-09', 45), s(1, 'one_on_one', 'planned', '2026-03-12', 30),
  ];
  const result = assessManagerWeeks({
    asOf: '2026-03-11', reps, sessions, weeks: 3,
    timeEntries: [
      { weekStart: '2026-02-23', category: 'coaching', hours: 4 },
      { weekStart: '2026-03-09', category: 'coaching', hours: 10 }, { weekStart: '2026-03-09', category: 'admin', hours: 12 },
    ],
  });

  it('counts planned, held and missed sessions per ISO week', () => {
    expect(result.weeks.map((w) => [w.weekStart, w.planned, w.held, w.missed, w.heldMinutes, w.repsCoached, w.everyRepCoached])).toEqual([
      ['2026-02-23', 3, 3, 0, 110, 2, true],
      ['2026-03-02', 2, 1, 1, 30, 1, false],
      ['2026-03-09', 2, 1, 0, 45, 1, false],
    ]);
  });

  it('computes the coaching share and its band', () => {
    expect(result.weeks.map((w) => [w.share, w.band])).toEqual([
      [(110 / 60 + 4) / 40, 'below'], [0.5 / 40, 'flag'], [(0.75 + 10) / 40, 'target'],
    ]);
    expect(result.weeks[2]!.timeAllocation).toEqual({ coaching: 10, admin: 12 });
  });

  it('shares rep coaching minutes with core performers (team sessions left out)', () => {
    expect(result.weeks.map((w) => w.coreShare)).toEqual([30 / 50, 1, 0]);
  });

  it('lists reps whose last 1:1 is 14 or more days ago (a deal session is not a 1:1)', () => {
    expect(result.repsWithoutOneOnOne).toEqual([{ repId: 2, name: 'Stan Star', lastOneOnOneOn: '2026-02-25' }]);
  });

  it('breaks the streak at the first week a rep went without', () => {
    expect(result.streakWeeks).toBe(0);
  });

  it.each([
    ['every week, this week still under way', [[1, 2], [1, 2], [1, 2], [1, 2], [1]], 4],
    ['every week including this one', [[1, 2], [1, 2], [1, 2], [1, 2], [1, 2]], 5],
    ['a gap three weeks ago', [[1, 2], [1, 2], [1], [1, 2], []], 1],
    ['never', [[], [], [], [], []], 0],
  ])('streak: %s', (_title, coachedPerWeek, streak) => {
    const weeks = weekStarts('2026-03-11', 5);
    const history = coachedPerWeek.flatMap((ids, i) => ids.map((id) => s(id, 'one_on_one', 'held', weeks[i]!, 30)));
    expect(assessManagerWeeks({ asOf: '2026-03-11', reps, sessions: history, timeEntries: [], weeks: 2 }).streakWeeks).toBe(streak);
  });

  it('a manager without reps has no streak and nobody without a 1:1', () => {
    const empty = assessManagerWeeks({ asOf: '2026-03-11', reps: [], sessions: [], timeEntries: [], weeks: 1 });
    expect(empty).toMatchObject({ streakWeeks: 0, repsWithoutOneOnOne: [] });
    expect(empty.weeks[0]).toMatchObject({ weekStart: '2026-03-09', planned: 0, held: 0, share: 0, band: 'flag', coreShare: null });
  });
});
