import { describe, expect, it } from 'vitest';
import { buildCoachingQueue, compactMoney, QUEUE_WEIGHTS, type QueueInput } from './coaching-queue.ts';
import { rate } from './rate.ts';
import type { ConversionGap } from './stage-conversion.ts';

// A Propose → Negotiate gap: 3 of 10 advanced (30 %) against a 50 % benchmark.
const gap = (impact: number, converted = 3, benchmark = 0.5): ConversionGap => ({
  stage: 'propose', ord: 2, transition: 'Propose → Negotiate', enteredStage: 10,
  repConversion: rate(converted, 10), benchmarkConversion: benchmark, repDownstreamToWon: rate(2, 8),
  repAvgDealSize: 1000, impact,
});

const rep = (repId: number, name: string, patch: Partial<QueueInput> = {}): QueueInput => ({
  repId, name, segment: 'core', segmentReason: 'middle 60 % of 5 reps by attainment (90 %)',
  attainment: 0.9, heldFromPreviousWindow: false, topGap: null, daysSinceCoaching: 7, commitmentsDue: 0, ...patch,
});

describe('buildCoachingQueue: lists and order', () => {
  const team: QueueInput[] = [
    // priority = 0.5 × impact ÷ largest impact + 0.3 × min(days, 28) ÷ 28 + 0.2 × (commitments due ? 1 : 0)
    rep(1, 'Ana', { topGap: gap(1000), daysSinceCoaching: 14 }), // 0.5 + 0.15 + 0 = 0.65
    rep(2, 'Ben', { topGap: gap(500), daysSinceCoaching: null, commitmentsDue: 2 }), // 0.25 + 0.3 + 0.2 = 0.75
    rep(3, 'Cy', { segment: 'ramping', segmentReason: 'ramping: 30 days in the job (under 90)', daysSinceCoaching: 40, commitmentsDue: 1 }), // 0 + 0.3 + 0.2 = 0.5
    rep(4, 'Dee', { topGap: gap(250), daysSinceCoaching: 0 }), // 0.125 + 0 + 0 = 0.125
    rep(5, 'Eve', { segment: 'bottom', segmentReason: 'bottom 20 % of 5 reps by attainment (40 %)', daysSinceCoaching: 3 }),
    rep(6, 'Fay', { segment: 'star', segmentReason: 'top 20 % of 5 reps by attainment (180 %)', daysSinceCoaching: null, commitmentsDue: 1 }),
    rep(7, 'Gus', { segment: 'bottom', segmentReason: 'bottom 20 % of 5 reps by attainment (20 %)', daysSinceCoaching: 28 }),
  ];
  const queue = buildCoachingQueue(team);

  it('puts core reps first, then ramping; bottom to talent-fit, stars to light touch', () => {
    // core by priority (Ben 0.75, Ana 0.65, Dee 0.125), THEN ramping Cy 0.5 although 0.5 > 0.125
    expect(queue.coach.map((e) => e.name)).toEqual(['Ben', 'Ana', 'Dee', 'Cy']);
    // bottom by priority: Gus 0.3 × 28/28 = 0.3, Eve 0.3 × 3/28 = 0.032
    expect(queue.talentFit.map((e) => e.name)).toEqual(['Gus', 'Eve']);
    expect(queue.lightTouch.map((e) => e.name)).toEqual(['Fay']);
  });

  it('adds the weighted parts of the priority, rounded to 3 decimals', () => {
    expect(QUEUE_WEIGHTS).toEqual({ impact: 0.5, recency: 0.3, commitments: 0.2 });
    const priority = Object.fromEntries([...queue.coach, ...queue.talentFit, ...queue.lightTouch].map((e) => [e.name, e.priority]));
    expect(priority).toEqual({
      Ben: 0.75, Ana: 0.65, Cy: 0.5, Dee: 0.125,
      Gus: 0.3,
      Eve: 0.032, // 0.3 × 3 ÷ 28 = 0.03214…
      Fay: 0.5, // never coached counts as 28 days: 0.3, + 0.2 for a commitment due
    });
  });

  it('ties are broken by name', () => {
    const tied = buildCoachingQueue([
      rep(1, 'Zoe', { daysSinceCoaching: 14 }), rep(2, 'Abe', { daysSinceCoaching: 14 }), rep(3, 'Mia', { daysSinceCoaching: 14 }),
    ]);
    expect(tied.coach.map((e) => [e.name, e.priority])).toEqual([['Abe', 0.15], ['Mia', 0.15], ['Zoe', 0.15]]);
  });

  it('the impact share is relative to the largest gap on the team, bottom and star reps included', () => {
    const q = buildCoachingQueue([
      rep(1, 'Ana', { topGap: gap(1000), daysSinceCoaching: 7 }),
      rep(2, 'Sam', { segment: 'star', topGap: gap(3000), daysSinceCoaching: 7 }),
    ]);
    // Ana: 0.5 × 1000 ÷ 3000 + 0.3 × 7 ÷ 28 = 0.1667 + 0.075 = 0.2417 → 0.242
    expect(q.coach[0]!.priority).toBe(0.242);
  });

  it('an empty team gives empty lists', () => {
    expect(buildCoachingQueue([])).toEqual({ coach: [], talentFit: [], lightTouch: [] });
  });
});

describe('buildCoachingQueue: why', () => {
  const whyOf = (input: QueueInput) => {
    const q = buildCoachingQueue([input]);
    return [...q.coach, ...q.talentFit, ...q.lightTouch][0]!.why;
  };

  it.each([
    {
      name: 'core with a gap, coached 14 days ago',
      input: rep(1, 'Ana', { topGap: gap(1000), daysSinceCoaching: 14 }),
      why: 'Biggest gap at Propose → Negotiate: 30 % vs 50 % benchmark, worth about 1k in the window; last coached 14 days ago.',
    },
    {
      name: 'never coached, commitments due',
      input: rep(2, 'Ben', { topGap: gap(12_345, 2, 0.35), daysSinceCoaching: null, commitmentsDue: 2 }),
      why: 'Biggest gap at Propose → Negotiate: 20 % vs 35 % benchmark, worth about 12.3k in the window; no coaching session recorded yet; 2 commitments to review.',
    },
    {
      name: 'coached today, one commitment',
      input: rep(3, 'Cat', { topGap: gap(2_500_000), daysSinceCoaching: 0, commitmentsDue: 1 }),
      why: 'Biggest gap at Propose → Negotiate: 30 % vs 50 % benchmark, worth about 2.5M in the window; coached today; 1 commitment to review.',
    },
    {
      name: 'one day',
      input: rep(4, 'Dan', { daysSinceCoaching: 1 }),
      why: 'No stage gap with enough data to rank; last coached 1 day ago.',
    },
    {
      name: 'ramping without a gap',
      input: rep(5, 'Cy', { segment: 'ramping', daysSinceCoaching: 40, commitmentsDue: 1 }),
      why: 'No stage gap with enough data to rank (ramping: build the basics); last coached 40 days ago; 1 commitment to review.',
    },
    {
      name: 'bottom: talent-fit, with the attainment',
      input: rep(6, 'Eve', { segment: 'bottom', segmentReason: 'bottom 20 % of 5 reps by attainment (40 %)', attainment: 0.4, topGap: gap(1000) }),
      why: 'In the bottom band by attainment (40 % this window): plan a talent-fit conversation with your leader rather than more coaching.',
    },
    {
      name: 'bottom held by hysteresis says so',
      input: rep(6, 'Eve', { segment: 'bottom', attainment: 0.555, heldFromPreviousWindow: true }),
      why: 'In the bottom band by attainment (56 % this window; kept from the previous window until two windows agree): plan a talent-fit conversation with your leader rather than more coaching.',
    },
    {
      name: 'star: light touch, with commitments',
      input: rep(7, 'Fay', { segment: 'star', segmentReason: 'top 20 % of 5 reps by attainment (180 %)', attainment: 1.8, commitmentsDue: 3 }),
      why: 'In the top band by attainment (180 % this window): keep it light, and ask what works so the team can reuse it; 3 commitments to review.',
    },
    {
      name: 'star without a known attainment',
      input: rep(7, 'Fay', { segment: 'star', attainment: null }),
      why: 'In the top band by attainment: keep it light, and ask what works so the team can reuse it.',
    },
  ])('$name', ({ input, why }) => {
    expect(whyOf(input)).toBe(why);
  });

  it('keeps the entry\'s inputs alongside priority and why', () => {
    const g = gap(1000);
    const [entry] = buildCoachingQueue([rep(9, 'Ivy', { topGap: g, daysSinceCoaching: 28, commitmentsDue: 1 })]).coach;
    expect(entry).toMatchObject({ repId: 9, name: 'Ivy', segment: 'core', topGap: g, daysSinceCoaching: 28, commitmentsDue: 1, priority: 1 });
  });
});

describe('compactMoney', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [12_345, '12.3k'],
    [150_000, '150k'],
    [2_500_000, '2.5M'],
    [1_000_000, '1M'],
    [-1500, '-1.5k'],
    [412.4, '412'],
    [999.6, '1k'],
    [999_999, '1M'],
    [99_960, '100k'],
  ])('%d → %s', (value, text) => {
    expect(compactMoney(value)).toBe(text);
  });
});
