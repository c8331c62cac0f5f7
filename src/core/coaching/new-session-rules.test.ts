import { describe, expect, it } from 'vitest';
import { checkNewSession, resolveFocus, type NewSession } from './new-session-rules.ts';

const NOW = '2026-07-01T12:00:00Z';
const planned: NewSession = {
  kind: 'one_on_one', repId: 8, opportunityId: null, status: 'planned', scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: 30,
};

describe('checkNewSession', () => {
  // [what changes from a planned one-on-one, expected times or refusal]
  const CASES: [string, Partial<NewSession>, string | { scheduledAt: string | null; heldAt: string | null; durationMin: number | null }][] = [
    ['a planned one-on-one', {}, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: 30 }],
    ['a planned one with no duration yet', { durationMin: null }, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: null }],
    ['a deal session on a deal', { kind: 'deal', opportunityId: 5 }, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: 30 }],
    ['a deal session without a deal yet', { kind: 'deal' }, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: 30 }],
    ['a team skill session', { kind: 'team_skill', repId: null, durationMin: 60 }, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: null, durationMin: 60 }],
    ['recorded as held, just now', { status: 'held', scheduledAt: null }, { scheduledAt: NOW, heldAt: NOW, durationMin: 30 }],
    ['recorded as held yesterday', { status: 'held', heldAt: '2026-06-30T09:00:00Z' }, { scheduledAt: '2026-07-03T10:00:00Z', heldAt: '2026-06-30T09:00:00Z', durationMin: 30 }],
    ['a team session naming a rep', { kind: 'team_skill' }, 'unprocessable'],
    ['a one-on-one without a rep', { repId: null }, 'unprocessable'],
    ['a deal session without a rep', { kind: 'deal', repId: null }, 'unprocessable'],
    ['a one-on-one naming a deal', { opportunityId: 5 }, 'unprocessable'],
    ['planned without a time', { scheduledAt: null }, 'unprocessable'],
    ['planned but with a held time', { heldAt: '2026-06-30T09:00:00Z' }, 'unprocessable'],
    ['planned for 0 minutes', { durationMin: 0 }, 'unprocessable'],
    ['held in the future', { status: 'held', heldAt: '2026-07-02T09:00:00Z' }, 'unprocessable'],
    ['held without a duration', { status: 'held', durationMin: null }, 'unprocessable'],
  ];
  it.each(CASES)('%s', (_name, change, expected) => {
    const result = checkNewSession({ ...planned, ...change }, NOW);
    expect(result.ok ? result.value : result.code).toEqual(expected);
  });
});

describe('resolveFocus', () => {
  // A behaviour #10 of stage #4; the session had stage #4 and behaviour #10, or nothing.
  const CASES: [string, Parameters<typeof resolveFocus>[0], Parameters<typeof resolveFocus>[1], number | null, string | { stageId: number | null; behaviourId: number | null }][] = [
    ['a behaviour sets its stage', { behaviourId: 10 }, { stageId: null, behaviourId: null }, 4, { stageId: 4, behaviourId: 10 }],
    ['a stage alone', { stageId: 3 }, { stageId: null, behaviourId: null }, null, { stageId: 3, behaviourId: null }],
    ['both, agreeing', { stageId: 4, behaviourId: 10 }, { stageId: null, behaviourId: null }, 4, { stageId: 4, behaviourId: 10 }],
    ['both, disagreeing', { stageId: 3, behaviourId: 10 }, { stageId: null, behaviourId: null }, 4, 'unprocessable'],
    ["a new stage away from the session's behaviour", { stageId: 3 }, { stageId: 4, behaviourId: 10 }, 4, 'unprocessable'],
    ['a new stage and clearing the behaviour', { stageId: 3, behaviourId: null }, { stageId: 4, behaviourId: 10 }, null, { stageId: 3, behaviourId: null }],
    ['clearing the stage keeps the behaviour\'s', { stageId: null }, { stageId: 4, behaviourId: 10 }, 4, { stageId: 4, behaviourId: 10 }],
    ['clearing both', { stageId: null, behaviourId: null }, { stageId: 4, behaviourId: 10 }, null, { stageId: null, behaviourId: null }],
  ];
  it.each(CASES)('%s', (_name, requested, current, behaviourStage, expected) => {
    const result = resolveFocus(requested, current, behaviourStage);
    expect(result.ok ? result.value : result.code).toEqual(expected);
  });
});
