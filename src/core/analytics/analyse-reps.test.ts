import { describe, expect, it } from 'vitest';
import { analyseReps, analyseRepsInSteps, type AnalysisInput, type RepAnalysis, type RepPerson } from './analyse-reps.ts';
import type { OpenStage } from './stage-conversion.ts';
import { EMPTY_CLOSED, type ActivityStats, type ClosedStats, type QuotaRow, type StageStats } from './window-stats.ts';

// As of 2026-06-30 with 180 days: the window is 2026-01-02..2026-06-30, the previous one
// 2025-07-06..2026-01-01 (180 days ending the day before).
const WINDOW = { from: '2026-01-02', to: '2026-06-30' };
const PREVIOUS = { from: '2025-07-06', to: '2026-01-01' };

const STAGES: OpenStage[] = [
  { ord: 1, stageId: 11, key: 'qualify', name: 'Qualify' },
  { ord: 2, stageId: 12, key: 'propose', name: 'Propose' },
  { ord: 3, stageId: 13, key: 'negotiate', name: 'Negotiate' },
];

const person = (id: number, name: string, hiredAt: string | null = '2020-01-01'): RepPerson => ({
  id, externalId: `r${id}`, name, role: 'rep', managerId: 100, managerName: 'Mo Manager', hiredAt,
});
const ANN = person(1, 'Ann');
const BEN = person(2, 'Ben');
const CAT = person(3, 'Cat');
const DAN = person(4, 'Dan');
const EVE = person(5, 'Eve');
const FAY = person(6, 'Fay');

const closed = (repId: number, patch: Partial<ClosedStats>): ClosedStats => ({ ...EMPTY_CLOSED, repId, ...patch });

// Won values this window: Ann 12 000 (6 won), Ben 4 000, Cat 6 000, Dan 10 000, Eve 16 000, Fay 2 000.
// Previous window: Ann 9 300, Ben 1 000, Cat 6 000, Dan 8 000, Eve 30 000, Fay 10 000 (all 10 closed).
const CLOSED: ClosedStats[] = [
  closed(1, { wonCount: 6, lostCount: 4, wonAmount: 12_000, closedAmount: 14_000, cycleDaysMedian: 30, cycleSample: 6, prevClosedCount: 10, prevWonAmount: 9300 }),
  closed(2, { wonCount: 2, lostCount: 4, noDecisionCount: 2, wonAmount: 4000, closedAmount: 9000, cycleDaysMedian: 45, cycleSample: 2, prevClosedCount: 10, prevWonAmount: 1000 }),
  closed(3, { wonCount: 3, lostCount: 3, wonAmount: 6000, closedAmount: 9000, cycleDaysMedian: 40, cycleSample: 3, prevClosedCount: 10, prevWonAmount: 6000 }),
  closed(4, { wonCount: 5, lostCount: 5, wonAmount: 10_000, closedAmount: 15_000, cycleDaysMedian: 20, cycleSample: 5, prevClosedCount: 10, prevWonAmount: 8000 }),
  closed(5, { wonCount: 8, lostCount: 2, wonAmount: 16_000, closedAmount: 18_000, cycleDaysMedian: 25, cycleSample: 8, prevClosedCount: 10, prevWonAmount: 30_000 }),
  // Fay closed only 3 deals this window: ramping, although the previous window judged her.
  closed(6, { wonCount: 2, lostCount: 1, wonAmount: 2000, closedAmount: 2500, cycleDaysMedian: 10, cycleSample: 2, prevClosedCount: 10, prevWonAmount: 10_000 }),
];

// Only Ann has quotas: Q4 2025 (92 days, 9 200), Q1 2026 (90 days, 9 000), Q2 2026 (91 days, 21 100).
const QUOTAS: QuotaRow[] = [
  { repId: 1, periodStart: '2025-10-01', periodEnd: '2025-12-31', amount: 9200 },
  { repId: 1, periodStart: '2026-01-01', periodEnd: '2026-03-31', amount: 9000 },
  { repId: 1, periodStart: '2026-04-01', periodEnd: '2026-06-30', amount: 21_100 },
];

// Activities over 180 days = 180/7 weeks: 180 → 7 a week.
const act = (repId: number, count: number): ActivityStats => ({ repId, type: 'call', count, connectKnown: 0, connected: 0 });
const ACTIVITIES: ActivityStats[] = [act(1, 180), act(2, 360), act(3, 540), act(5, 720), act(6, 90)]; // Dan: none

const st = (repId: number, stageOrd: number, cohort: number, converted: number, won: number): StageStats => ({ repId, stageOrd, cohort, converted, won });
const STAGE_STATS: StageStats[] = [
  // Qualify: 0.4, 0.5, 0.6, 0.7, 0.8 over 10 deals each; Fay's 3 deals do not count → median 0.6
  st(1, 1, 10, 4, 2), st(2, 1, 10, 5, 2), st(3, 1, 10, 6, 3), st(4, 1, 10, 7, 5), st(5, 1, 10, 8, 8), st(6, 1, 3, 3, 2),
  // Propose: a 0.7 target overrides
  st(1, 2, 6, 3, 2), st(2, 2, 5, 2, 2), st(3, 2, 6, 3, 3),
  // Negotiate: nobody with 5 deals → no benchmark
  st(1, 3, 4, 2, 2), st(3, 3, 3, 3, 3),
];

const INPUT: AnalysisInput = {
  asOf: '2026-06-30', windowDays: 180, window: WINDOW, previousWindow: PREVIOUS,
  reps: [ANN, BEN, CAT, DAN, EVE, FAY], stages: STAGES, hasStageHistory: true,
  closed: CLOSED, open: [{ repId: 1, openCount: 3, openAmount: 9000, openUnknown: 0 }],
  activities: ACTIVITIES, quotas: QUOTAS, stageStats: STAGE_STATS,
  targets: new Map([['stage_conversion:propose', 0.7]]),
};

const byName = (reps: readonly RepAnalysis[]) => Object.fromEntries(reps.map((r) => [r.name, r]));

describe('analyseReps: a mixed org (one rep on quota, the others on the peer median)', () => {
  const result = analyseReps(INPUT);
  const r = byName(result.reps);

  it('keeps the reps in input order with their KPIs', () => {
    expect(result.reps.map((x) => x.name)).toEqual(['Ann', 'Ben', 'Cat', 'Dan', 'Eve', 'Fay']);
    expect(r.Ann!.kpis.wonValue).toBe(12_000);
    expect(r.Ann!.kpis.avgDealSize).toBe(2000); // 12 000 ÷ 6
    expect(r.Ann!.kpis.openCount).toBe(3);
    expect(r.Ben!.kpis.openCount).toBe(0); // no open row: 0, not missing
    expect(r.Ben!.kpis.lostCount).toBe(6); // 4 lost + 2 no-decision
  });

  it('attainment: quota for Ann, peer median for the others', () => {
    // Ann's quota for 2026-01-02..06-30: Q1 9 000 × 89/90 = 8 900, Q2 21 100 in full → 30 000; 12 000 ÷ 30 000 = 0.4
    expect(r.Ann!.attainment.basis).toBe('quota');
    expect(r.Ann!.attainment.quota).toBeCloseTo(30_000, 6);
    expect(r.Ann!.attainment.value).toBeCloseTo(0.4, 12);
    // Peer median over every rep's known won value, Ann included:
    // 2 000, 4 000, 6 000, 10 000, 12 000, 16 000 → (6 000 + 10 000) ÷ 2 = 8 000
    const peer = Object.fromEntries(['Ben', 'Cat', 'Dan', 'Eve', 'Fay'].map((n) => [n, r[n]!.attainment]));
    expect(peer).toEqual({
      Ben: { value: 0.5, basis: 'peer_median', quota: null },
      Cat: { value: 0.75, basis: 'peer_median', quota: null },
      Dan: { value: 1.25, basis: 'peer_median', quota: null },
      Eve: { value: 2, basis: 'peer_median', quota: null },
      Fay: { value: 0.25, basis: 'peer_median', quota: null },
    });
  });

  it('segments: 5 ranked reps → 1 bottom, 3 core, 1 star; Fay is ramping', () => {
    // Candidates this window: Ann 0.4 bottom, Ben 0.5 / Cat 0.75 / Dan 1.25 core, Eve 2 star.
    expect(Object.fromEntries(result.reps.map((x) => [x.name, x.segment.candidate]))).toEqual({
      Ann: 'bottom', Ben: 'core', Cat: 'core', Dan: 'core', Eve: 'star', Fay: 'ramping',
    });
    expect(r.Cat!.segment.reason).toBe('middle 60 % of 5 reps by attainment (75 %)');
    expect(r.Eve!.segment.rank).toBe(1);
    expect(r.Ann!.segment.rank).toBe(5);
    expect(r.Fay!.segment.rank).toBeNull();
    expect(r.Fay!.segment.reason).toBe('ramping: 3 closed deals in the window (under 5)');
  });

  it('hysteresis: a rep whose candidate changed keeps the previous window\'s segment', () => {
    // Previous window: Ann 9 300 ÷ quota 9 300 (Q4 9 200 + 1 day of Q1 = 100) = 1.0; others on the
    // peer median of 1 000, 6 000, 8 000, 9 300, 10 000, 30 000 = 8 650 → Ben 0.12 bottom,
    // Eve 3.47 star, Cat 0.69 / Dan 0.92 / Ann 1.0 / Fay 1.16 core.
    expect(Object.fromEntries(result.reps.map((x) => [x.name, x.segment.segment]))).toEqual({
      Ann: 'core', // bottom now, core before → held in core
      Ben: 'bottom', // core now, bottom before → held in bottom
      Cat: 'core', Dan: 'core', Eve: 'star', // both windows agree
      Fay: 'ramping', // ramping now: never held, although she was core before
    });
    expect(r.Ann!.segment.reason).toBe(
      'stays core until two windows agree (this window: bottom, previous: core); bottom 20 % of 5 reps by attainment (40 %)');
    expect(r.Ben!.segment.reason).toBe(
      'stays bottom until two windows agree (this window: core, previous: bottom); middle 60 % of 5 reps by attainment (50 %)');
  });

  it('without the previous window\'s disagreement, the candidate is shown', () => {
    // Give everyone no previous deals: the previous window judges nobody (all ramping), so nobody is held.
    const fresh = analyseReps({ ...INPUT, closed: CLOSED.map((c) => ({ ...c, prevClosedCount: 0, prevWonAmount: 0 })) });
    expect(fresh.reps.map((x) => x.segment.segment)).toEqual(['bottom', 'core', 'core', 'core', 'star', 'ramping']);
  });

  it('stage benchmarks: median of full samples, the target, or none', () => {
    expect(result.benchmarks.stages).toEqual([
      { ord: 1, value: 0.6, basis: 'median', reps: 5 },
      { ord: 2, value: 0.7, basis: 'target', reps: 3 },
      { ord: 3, value: null, basis: null, reps: 0 },
    ]);
    expect(result.stageReason).toBeNull();
  });

  it('stage rows and ranked gaps per rep', () => {
    expect(r.Ann!.stages.map((s) => [s.key, s.cohort, s.conversion.value, s.atOrAboveBenchmark])).toEqual([
      ['qualify', 10, 0.4, false], ['propose', 6, 0.5, false], ['negotiate', 4, 0.5, null],
    ]);
    expect(r.Dan!.stages.map((s) => [s.cohort, s.atOrAboveBenchmark])).toEqual([[10, true], [0, null], [0, null]]);
    // Ann: Qualify 10 × (0.6 − 0.4) × Propose's toWon 2/6 × 2 000 = 1 333.33;
    // Propose is dropped: its downstream (Negotiate's toWon over 4 deals) is low-confidence;
    // Negotiate has no benchmark.
    expect(r.Ann!.gaps.map((g) => g.stage)).toEqual(['qualify']);
    expect(r.Ann!.gaps[0]!.impact).toBeCloseTo(4000 / 3, 6);
    // Eve is above every benchmark: no gap.
    expect(r.Eve!.gaps).toEqual([]);
  });

  it('activity benchmark: the reps\' median, reps without activities counted as 0', () => {
    // per week: Ann 7, Ben 14, Cat 21, Dan 0, Eve 28, Fay 3.5 → median (7 + 14) ÷ 2 = 10.5
    expect(result.benchmarks.activitiesPerWeek).toEqual({ value: 10.5, basis: 'median' });
    expect(r.Dan!.kpis.activitiesPerWeek).toBe(0);
    expect(r.Ann!.activity).toEqual({ perWeek: 7, benchmark: 10.5, atOrAboveBenchmark: false });
    expect(r.Ben!.activity).toEqual({ perWeek: 14, benchmark: 10.5, atOrAboveBenchmark: true });
  });

  it('activity benchmark: an org target overrides the median', () => {
    const withTarget = analyseReps({ ...INPUT, targets: new Map([['activities_per_week', 20]]) });
    expect(withTarget.benchmarks.activitiesPerWeek).toEqual({ value: 20, basis: 'target' });
    expect(byName(withTarget.reps).Cat!.activity).toEqual({ perWeek: 21, benchmark: 20, atOrAboveBenchmark: true });
    expect(byName(withTarget.reps).Ben!.activity!.atOrAboveBenchmark).toBe(false);
  });

  it('no activities in the org: no benchmark and no activity measure', () => {
    const none = analyseReps({ ...INPUT, activities: null });
    expect(none.benchmarks.activitiesPerWeek).toBeNull();
    expect(none.reps.map((x) => x.activity)).toEqual([null, null, null, null, null, null]);
    expect(none.reps.map((x) => x.kpis.activitiesPerWeek)).toEqual([null, null, null, null, null, null]);
  });
});

describe('analyseReps: without stage history', () => {
  it('gives no stage rows, gaps or benchmarks, and says why', () => {
    const result = analyseReps({ ...INPUT, hasStageHistory: false, stageStats: [] });
    expect(result.stageReason).toBe('no stage history imported: stage conversion cannot be computed');
    expect(result.benchmarks.stages).toEqual([]);
    expect(result.reps.every((x) => x.stages.length === 0 && x.gaps.length === 0)).toBe(true);
    // the rest is still computed
    expect(byName(result.reps).Ann!.attainment.value).toBeCloseTo(0.4, 12);
  });
});

describe('analyseReps: unknown won value', () => {
  it('makes attainment null, leaves the rep out of the peer median, and shows them as ramping', () => {
    const result = analyseReps({
      ...INPUT,
      closed: [...CLOSED.filter((c) => c.repId !== 2), closed(2, { wonCount: 5, lostCount: 5, wonAmount: 4000, wonUnknown: 1, closedAmount: 9000, closedUnknown: 1, prevClosedCount: 10, prevWonAmount: 1000 })],
    });
    const r = byName(result.reps);
    expect(r.Ben!.attainment).toEqual({ value: null, basis: null, quota: null });
    expect(r.Ben!.segment.segment).toBe('ramping');
    expect(r.Ben!.segment.reason).toBe('not ranked: attainment unknown (no quota and no peer median), shown as ramping');
    // Peer median without Ben: 2 000, 6 000, 10 000, 12 000, 16 000 → 10 000
    expect(r.Cat!.attainment.value).toBe(0.6);
    expect(r.Dan!.attainment.value).toBe(1);
  });

  it('a rep hired under 90 days ago is ramping whatever the figures', () => {
    const result = analyseReps({ ...INPUT, reps: [ANN, BEN, CAT, { ...DAN, hiredAt: '2026-05-01' }, EVE, FAY] });
    const dan = byName(result.reps).Dan!;
    expect(dan.segment.segment).toBe('ramping');
    expect(dan.segment.reason).toBe('ramping: 60 days in the job (under 90)');
    expect(dan.attainment.value).toBe(1.25); // still computed
  });
});

describe('analyseRepsInSteps', () => {
  const pausesOf = (steps: Generator<void, unknown, void>) => {
    let pauses = 0;
    let step = steps.next();
    while (!step.done) { pauses += 1; step = steps.next(); }
    return { pauses, value: step.value };
  };

  it('pauses every 20 reps of each per-rep pass, and ends with what analyseReps returns', async () => {
    const { syntheticAnalysisInput } = await import('../../../bench/analytics/analyse-reps-timing.ts');
    const input = syntheticAnalysisInput(450);
    const { pauses, value } = pausesOf(analyseRepsInSteps(input));
    // four passes over the reps (KPIs, current and previous attainment, the analysis): at
    // least floor(450 / 20) = 22 pauses each; the three rankings pause every 100 reps of their
    // three passes (at most 9 × 5), plus the phases between them
    expect(pauses).toBeGreaterThanOrEqual(4 * 22);
    expect(pauses).toBeLessThan(4 * 22 + 9 * 5 + 20);
    expect(value).toEqual(analyseReps(input));
  });

  it('pauses in proportion to the reps, so that no step grows with the org', async () => {
    const { syntheticAnalysisInput } = await import('../../../bench/analytics/analyse-reps-timing.ts');
    const small = pausesOf(analyseRepsInSteps(syntheticAnalysisInput(400))).pauses;
    const large = pausesOf(analyseRepsInSteps(syntheticAnalysisInput(1600))).pauses;
    // 1,200 more reps: 60 more pauses in each of the four passes, up to 12 in each of the nine ranking passes
    expect(large - small).toBeGreaterThanOrEqual(4 * 60);
    expect(large - small).toBeLessThanOrEqual(4 * 60 + 9 * 12);
  });
});
