import { describe, expect, it } from 'vitest';
import {
  assemblePrepare, chooseFocus, chooseQuestions, weakestBehaviour, type PrepareBehaviour, type PrepareInput, type PrepareQuestion,
} from './assemble-prepare.ts';

const b = (id: number, stageId: number, latestRating: number | null, ratedOn: string | null = latestRating === null ? null : '2026-06-01'): PrepareBehaviour =>
  ({ id, key: `s${stageId}.b${id}`, name: `Behaviour ${id}`, description: '', stageId, latestRating, ratedOn });

describe('weakestBehaviour', () => {
  // [behaviours of a stage, expected id, why]
  const CASES: [string, PrepareBehaviour[], number | null, RegExp | null][] = [
    ['the lowest rated at 2 or below', [b(1, 4, 3), b(2, 4, 2), b(3, 4, null)], 2, /lowest rated \(rated 2\/4/],
    ['of two rated 1, the one rated longest ago', [b(1, 4, 1, '2026-06-10'), b(2, 4, 1, '2026-05-01')], 2, /lowest rated/],
    ['none low: the first not rated yet', [b(1, 4, 3), b(2, 4, null), b(3, 4, null)], 2, /not rated yet/],
    ['all rated well: the lowest', [b(1, 4, 4), b(2, 4, 3)], 2, /lowest rated \(rated 3\/4/],
    ['nothing rated: the first', [b(1, 4, null), b(2, 4, null)], 1, /not rated yet/],
    ['a stage without behaviours', [], null, null],
  ];
  it.each(CASES)('%s', (_name, behaviours, id, why) => {
    const weakest = weakestBehaviour(behaviours);
    expect(weakest?.behaviour.id ?? null).toBe(id);
    if (why) expect(weakest!.why).toMatch(why);
  });
});

const stages = [{ id: 3, key: 'discover', name: 'Discover' }, { id: 4, key: 'teach', name: 'Teach' }];
const behaviours = [b(1, 4, 3), b(2, 4, 2), b(5, 3, null), b(6, 3, 1)];
const gap = { stageId: 4, transition: 'Teach → Solution', repConversion: 0.2, benchmarkConversion: 0.35, impact: 18000, summary: 'Teach → Solution: 20 % vs 35 %.' };

describe('chooseFocus', () => {
  // [case, session's stage, session's behaviour, top gap?, expected stage, behaviour, reason]
  const CASES: [string, number | null, number | null, boolean, number | null, number | null, RegExp][] = [
    ['the top gap\'s weakest behaviour', null, null, true, 4, 2, /Teach is the top gap; Behaviour 2 is the lowest rated/],
    ['the behaviour chosen for the session wins', null, 5, true, 3, 5, /^Chosen for this session \(not rated yet\)/],
    ['the stage chosen for the session wins over the gap', 3, null, true, 3, 6, /Discover is the stage chosen for this session/],
    ['no gap and nothing chosen: no focus', null, null, false, null, null, /.*/],
  ];
  it.each(CASES)('%s', (_name, stageId, behaviourId, withGap, stage, behaviour, reason) => {
    const focus = chooseFocus({ session: { id: 1, date: '2026-07-01', stageId, behaviourId }, topGap: withGap ? gap : null, stages, behaviours });
    expect([focus?.stage.id ?? null, focus?.behaviour?.id ?? null]).toEqual([stage, behaviour]);
    if (focus) expect(focus.reason).toMatch(reason);
  });

  it('a focus stage without behaviours says so', () => {
    const focus = chooseFocus({ session: { id: 1, date: '2026-07-01', stageId: null, behaviourId: null }, topGap: gap, stages, behaviours: [] });
    expect(focus).toMatchObject({ stage: { id: 4 }, behaviour: null, reason: expect.stringMatching(/no behaviours in the guide yet/) });
  });
});

describe('chooseQuestions', () => {
  const questions: PrepareQuestion[] = [
    { stageId: 4, behaviourId: 1, text: 'Q about behaviour 1' },
    { stageId: 4, behaviourId: null, text: 'Q about the stage' },
    { stageId: 4, behaviourId: 2, text: 'Q about behaviour 2' },
    { stageId: 4, behaviourId: 2, text: 'Another Q about behaviour 2' },
    { stageId: 3, behaviourId: null, text: 'Q of another stage' },
  ];
  it('puts the focus behaviour\'s questions first, then the stage\'s, at most three', () => {
    const focus = { stage: stages[1]!, behaviour: behaviours[1]!, reason: '' };
    expect(chooseQuestions(focus, questions)).toEqual(['Q about behaviour 2', 'Another Q about behaviour 2', 'Q about the stage']);
  });
  it('keeps the guide\'s order without a focus behaviour, and asks nothing without a focus', () => {
    expect(chooseQuestions({ stage: stages[1]!, behaviour: null, reason: '' }, questions)).toEqual(['Q about the stage', 'Q about behaviour 1', 'Q about behaviour 2']);
    expect(chooseQuestions(null, questions)).toEqual([]);
  });
});

describe('assemblePrepare', () => {
  const input: PrepareInput = {
    session: { id: 20, date: '2026-07-01', stageId: null, behaviourId: null },
    rep: { id: 8, name: 'Emma Banerjee' },
    segment: { segment: 'core', reason: 'middle 60 %' },
    quadrant: { quadrant: 'bad_break', advice: 'Keep the process; results will follow.' },
    topGap: gap,
    stages,
    behaviours,
    questions: [{ stageId: 4, behaviourId: 2, text: 'What insight did you open with?' }],
    commitments: [
      { id: 1, sessionId: 10, repId: 8, dueOn: '2026-06-24', status: 'open', reviewedInSessionId: null, text: 'Open with the cost insight', behaviourName: 'Behaviour 2' },
      { id: 2, sessionId: 10, repId: 8, dueOn: '2026-07-15', status: 'open', reviewedInSessionId: null, text: 'Map the buying group', behaviourName: null },
      { id: 3, sessionId: 9, repId: 8, dueOn: '2026-06-10', status: 'done', reviewedInSessionId: 10, text: 'Old one', behaviourName: null },
    ],
    observations: [{ id: 7, behaviourName: 'Behaviour 2', rating: 2, evidence: 'Pitched the product first', source: 'joint_call', observedAt: '2026-06-25', observerName: 'Aisha' }],
    stalledDeals: [{ id: 104, name: 'Tidewater Telecom', stageName: 'Negotiate', amount: 6900, currency: 'USD', signals: [{ code: 'no_activity', text: 'No activity for 21 days' }] }],
  };

  it('puts every part together', () => {
    const prepare = assemblePrepare(input);
    expect(prepare.segment).toEqual({ segment: 'core', reason: 'middle 60 %', advice: expect.stringMatching(/Core performer/) });
    expect(prepare.topGap).toMatchObject({ stage: { key: 'teach' }, behaviours: [{ id: 1 }, { id: 2 }] });
    expect(prepare.focus).toMatchObject({ stage: { id: 4 }, behaviour: { id: 2 } });
    expect(prepare.questions).toEqual(['What insight did you open with?']);
    expect(prepare.commitments.due.map((c) => c.id)).toEqual([1]);
    expect(prepare.commitments.open.map((c) => c.id)).toEqual([2]);
    expect(prepare.stalledDeals).toHaveLength(1);
  });

  it('writes a draft a manager can edit, one part per line', () => {
    expect(assemblePrepare(input).draft.split('\n')).toEqual([
      'Emma Banerjee: core (Core performer: coaching pays most here. Work on one behaviour.); quadrant bad_break',
      'Top gap: Teach → Solution: 20 % vs 35 %.',
      'Focus: Teach · Behaviour 2. Teach is the top gap; Behaviour 2 is the lowest rated (rated 2/4 on 2026-06-01).',
      'Ask:',
      '- What insight did you open with?',
      'Review commitments:',
      '- due 2026-06-24: Open with the cost insight',
      '- open, due 2026-07-15: Map the buying group',
      'Stalled deals:',
      '- Tidewater Telecom (Negotiate): No activity for 21 days',
      'Recent observations:',
      '- 2026-06-25 Behaviour 2: 2/4 (joint call)',
    ]);
  });

  it('for a team session (no rep, no gap, nothing chosen) is nearly empty', () => {
    const team = assemblePrepare({ ...input, rep: null, segment: null, quadrant: null, topGap: null, commitments: [], observations: [], stalledDeals: [] });
    expect(team).toMatchObject({ segment: null, quadrant: null, topGap: null, focus: null, questions: [], draft: '' });
  });
});
