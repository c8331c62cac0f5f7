// Every KPI of every rep, computed by the SQL + core pipeline (analyseOrg) on a tiny
// generic import, against figures worked out by hand from docs/analytics.md. The
// expectations are literals; the comments show the arithmetic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { analyseOrg, type OrgAnalysis } from '../../src/use-cases/analytics/analyse-org.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { importAnalyticsFixture, near, TODAY, WEEK } from './analytics-sql-fixture.ts';

type Rate = [number | null, number, boolean];
type Expected = {
  wonCount: number; lostCount: number; noDecisionCount: number; winRate: Rate; winRateValue: number | null;
  wonValue: number | null; avgDealSize: number | null; cycleDaysMedian: number | null; cycleSample: number;
  cycleBasis: string | null; openCount: number; openValue: number | null; velocity: number | null; noDecisionRate: Rate;
  activitiesPerWeek: number | null; activitiesByType: Record<string, number> | null; connectRate: Rate | null;
  attainment: number | null; attainmentBasis: string | null; quota: number | null;
};

function actualOf(rep: OrgAnalysis['reps'][number]): Expected {
  const k = rep.kpis;
  const r = (x: { value: number | null; sample: number; lowConfidence: boolean }): Rate => [x.value, x.sample, x.lowConfidence];
  return {
    wonCount: k.wonCount, lostCount: k.lostCount, noDecisionCount: k.noDecisionCount, winRate: r(k.winRate),
    winRateValue: k.winRateValue, wonValue: k.wonValue, avgDealSize: k.avgDealSize, cycleDaysMedian: k.cycleDaysMedian,
    cycleSample: k.cycleSample, cycleBasis: k.cycleBasis, openCount: k.openCount, openValue: k.openValue,
    velocity: k.velocity, noDecisionRate: r(k.noDecisionRate), activitiesPerWeek: k.activitiesPerWeek,
    activitiesByType: k.activitiesByType, connectRate: k.connectRate && r(k.connectRate),
    attainment: rep.attainment.value, attainmentBasis: rep.attainment.basis, quota: rep.attainment.quota,
  };
}

// As of 2026-06-30, 90 days: window 2026-04-02..2026-06-30.
const AT_JUNE: Record<string, Expected> = {
  'Rita Rep': {
    // won a1 (04-02, 1000), a2 (05-20, 3000); lost a4 (2000); no-decision a5 (1000); a3 (04-01) is out
    wonCount: 2, lostCount: 2, noDecisionCount: 1, winRate: [0.5, 4, true],
    winRateValue: 4000 / 7000, wonValue: 4000, avgDealSize: 2000,
    // a1: 03-02 → 04-02 = 31 days; a2: 04-10 → 05-20 = 40 → median 35.5
    cycleDaysMedian: 35.5, cycleSample: 2, cycleBasis: 'created',
    // a6 (4000) and a7 (won after the as-of date, 6000); a8 not started yet
    openCount: 2, openValue: 10_000,
    velocity: (2 * 0.5 * 2000) / 35.5, // 56.34
    noDecisionRate: [0.25, 4, true],
    // x1, x2, x3 calls, x4 email, x7 meeting = 5; calls with a flag: x1 yes, x2 no, x3 yes
    activitiesPerWeek: 5 * WEEK, activitiesByType: { call: 3 * WEEK, email: WEEK, meeting: WEEK }, connectRate: [2 / 3, 3, true],
    // quota 9100 × 90/91 days = 9000; 4000 ÷ 9000
    attainment: 4000 / 9000, attainmentBasis: 'quota', quota: 9000,
  },
  'Raj Rep': {
    // won b1 (amount unknown), b2 (500); lost b3 (unknown)
    wonCount: 2, lostCount: 1, noDecisionCount: 0, winRate: [2 / 3, 3, true],
    winRateValue: null, wonValue: null, avgDealSize: null,
    // b1: 04-05 → 04-25 = 20 (created); b2: 04-10 → 05-10 = 30 (engaged) → 25, mixed
    cycleDaysMedian: 25, cycleSample: 2, cycleBasis: 'mixed',
    openCount: 1, openValue: null, velocity: null, noDecisionRate: [0, 3, true],
    activitiesPerWeek: WEEK, activitiesByType: { demo: WEEK }, connectRate: null,
    attainment: null, attainmentBasis: null, quota: null,
  },
  'Rosa Rep': {
    // won c1 (9000), lost c2 (1000)
    wonCount: 1, lostCount: 1, noDecisionCount: 0, winRate: [0.5, 2, true],
    winRateValue: 0.9, wonValue: 9000, avgDealSize: 9000,
    // c1 has neither create nor engage date: first stage date 03-01 → 05-30 = 90
    cycleDaysMedian: 90, cycleSample: 1, cycleBasis: 'engaged_or_first_stage',
    openCount: 1, openValue: 2000,
    velocity: (1 * 0.5 * 9000) / 90, // 50
    noDecisionRate: [0, 2, true],
    activitiesPerWeek: 0, activitiesByType: {}, connectRate: null,
    // quota 73 000 × 90/365 = 18 000; 9000 ÷ 18 000
    attainment: 0.5, attainmentBasis: 'quota', quota: 18_000,
  },
  'Ravi Rep': {
    wonCount: 0, lostCount: 0, noDecisionCount: 0, winRate: [null, 0, true],
    winRateValue: null, wonValue: 0, avgDealSize: null, cycleDaysMedian: null, cycleSample: 0, cycleBasis: null,
    openCount: 0, openValue: 0, velocity: null, noDecisionRate: [null, 0, true],
    activitiesPerWeek: 0, activitiesByType: {}, connectRate: null,
    // peer median of the known won values 0, 4000, 9000, 12 000 = 6500 → 0 ÷ 6500
    attainment: 0, attainmentBasis: 'peer_median', quota: null,
  },
  'Rex Rep': {
    // won e1 2000, e2 6000, e3 4000; no-decision e4 (04-02, 3000); e5 (04-01) is out
    wonCount: 3, lostCount: 1, noDecisionCount: 1, winRate: [0.75, 4, true],
    winRateValue: 12_000 / 15_000, wonValue: 12_000, avgDealSize: 4000,
    // cycles 10, 20, 30 → 20
    cycleDaysMedian: 20, cycleSample: 3, cycleBasis: 'created',
    openCount: 0, openValue: 0, velocity: 0, noDecisionRate: [0.25, 4, true],
    activitiesPerWeek: 0, activitiesByType: {}, connectRate: null,
    attainment: 12_000 / 6500, attainmentBasis: 'peer_median', quota: null, // 1.846
  },
};

describeEachEngine('analytics over SQL', (engine) => {
  let database: Database;
  let orgId: number;
  beforeAll(async () => { ({ database, orgId } = await importAnalyticsFixture(engine)); });
  afterAll(async () => database?.close());

  describe('as of 2026-06-30, 90 days', () => {
    let analysis: OrgAnalysis;
    beforeAll(async () => { analysis = await analyseOrg(database, orgId, TODAY, { asOf: '2026-06-30', windowDays: 90 }); });

    it('analyses the reps only, over the window and the previous one', () => {
      expect(analysis.asOf).toBe('2026-06-30');
      expect(analysis.window).toEqual({ from: '2026-04-02', to: '2026-06-30' });
      expect(analysis.previousWindow).toEqual({ from: '2026-01-02', to: '2026-04-01' });
      expect(analysis.reps.map((r) => [r.name, r.managerName])).toEqual([
        ['Raj Rep', 'Mo Manager'], ['Ravi Rep', 'Mia Manager'], ['Rex Rep', 'Mia Manager'],
        ['Rita Rep', 'Mo Manager'], ['Rosa Rep', 'Mia Manager'],
      ]);
      expect(analysis.hasActivities).toBe(true);
      expect(analysis.stageReason).toBeNull();
    });

    for (const [name, expected] of Object.entries(AT_JUNE)) {
      it(`every KPI of ${name}`, () => {
        const rep = analysis.reps.find((r) => r.name === name)!;
        expect(actualOf(rep)).toEqual(near(expected));
      });
    }

    it('everyone is ramping: too few closed deals, or too new', () => {
      expect(analysis.reps.map((r) => r.segment.segment)).toEqual(['ramping', 'ramping', 'ramping', 'ramping', 'ramping']);
      expect(analysis.reps.find((r) => r.name === 'Raj Rep')!.segment.reason)
        .toBe('ramping: 60 days in the job (under 90); 3 closed deals in the window (under 5)');
    });

    it('stage rows from deal_stage_facts', () => {
      const rows = (name: string) => analysis.reps.find((r) => r.name === name)!.stages
        .map((s) => [s.key, s.cohort, s.conversion.value, s.toWon.value, s.benchmark]);
      // Rita, reached in the window: Qualify a2, a6, a7 (all advanced by 06-30; a2 won) →
      // 3, 3/3, 1/3. Propose a2, a4, a6, a7 (a7 skipped it on 06-20) → advanced a2, a7 → 2/4, won a2 → 1/4.
      // Negotiate a2, a7 → a2 won on 05-20, a7 only on 07-15 → 1/2, 1/2. No rep has 5: no benchmark.
      expect(rows('Rita Rep')).toEqual([
        ['qualify', 3, 1, 1 / 3, null], ['propose', 4, 0.5, 0.25, null], ['negotiate', 2, 0.5, 0.5, null],
      ]);
      // Rosa: c1 reached Qualify 03-01 (before the window), Propose 04-10, Negotiate on winning 05-30.
      expect(rows('Rosa Rep')).toEqual([
        ['qualify', 0, null, null, null], ['propose', 1, 1, 1, null], ['negotiate', 1, 1, 1, null],
      ]);
      expect(analysis.benchmarks.stages.map((b) => b.value)).toEqual([null, null, null]);
      // activities a week: 5/90·7, 1/90·7, 0, 0, 0 → median 0
      expect(analysis.benchmarks.activitiesPerWeek).toEqual({ value: 0, basis: 'median' });
    });
  });

  describe('as of a date in the past: 2026-05-15, 90 days (2026-02-15..2026-05-15)', () => {
    let analysis: OrgAnalysis;
    beforeAll(async () => { analysis = await analyseOrg(database, orgId, TODAY, { asOf: '2026-05-15', windowDays: 90 }); });
    const rep = (name: string) => analysis.reps.find((r) => r.name === name)!;

    it('Rita: deals closed after the as-of date are open; activities and quota follow the window', () => {
      expect(analysis.window).toEqual({ from: '2026-02-15', to: '2026-05-15' });
      expect(actualOf(rep('Rita Rep'))).toEqual(near({
        // won a1 (04-02) and a3 (04-01, inside this window); lost a4 (05-01); a2 and a5 close later
        wonCount: 2, lostCount: 1, noDecisionCount: 0, winRate: [2 / 3, 3, true],
        winRateValue: 6000 / 8000, wonValue: 6000, avgDealSize: 3000,
        // a1 31 days; a3 01-01 → 04-01 = 90 → 60.5
        cycleDaysMedian: 60.5, cycleSample: 2, cycleBasis: 'created',
        // open on 05-15: a2 (closes 05-20, 3000), a5 (closes 06-30, 1000), a6 (4000); a7 not created yet
        openCount: 3, openValue: 8000,
        velocity: (3 * (2 / 3) * 3000) / 60.5, // 99.17
        noDecisionRate: [0, 3, true],
        // x1, x2, x5 calls (yes, no, yes) and x4 email
        activitiesPerWeek: 4 * WEEK, activitiesByType: { call: 3 * WEEK, email: WEEK }, connectRate: [2 / 3, 3, true],
        // the quota 04-01..06-30 shares 04-01..05-15 = 45 of its 91 days: 9100 × 45/91 = 4500
        attainment: 6000 / 4500, attainmentBasis: 'quota', quota: 4500,
      } satisfies Expected));
    });

    it('Rosa: nothing closed yet, three deals open (one started only by its first stage date)', () => {
      expect(actualOf(rep('Rosa Rep'))).toEqual(near({
        wonCount: 0, lostCount: 0, noDecisionCount: 0, winRate: [null, 0, true],
        winRateValue: null, wonValue: 0, avgDealSize: null, cycleDaysMedian: null, cycleSample: 0, cycleBasis: null,
        // c1 (closes 05-30, started 03-01 by its first stage), c2 (closes 06-10), c3
        openCount: 3, openValue: 12_000, velocity: null, noDecisionRate: [null, 0, true],
        activitiesPerWeek: 0, activitiesByType: {}, connectRate: null,
        attainment: 0, attainmentBasis: 'quota', quota: 18_000,
      } satisfies Expected));
    });

    it('Rex: five deals closed in this window, so the win rate is no longer low-confidence', () => {
      const k = rep('Rex Rep').kpis;
      // e1, e2, e3 won; e4 no-decision (04-02); e5 lost (04-01) → 3 / 5
      expect(k.winRate).toEqual({ value: 0.6, sample: 5, lowConfidence: false });
      expect(k.winRateValue).toBeCloseTo(12_000 / 15_700, 12);
    });

    it('stages reached after the as-of date are not reached yet', () => {
      const rows = (name: string) => rep(name).stages.map((s) => [s.key, s.cohort, s.conversion.value, s.toWon.value]);
      // Rita: Qualify a1, a2, a4, a6 → advanced a1, a2, a4 (a6 only on 06-10); won a1 → 3/4, 1/4.
      // Propose a1, a2, a4 (a6 reaches it on 06-10) → advanced a1, a2 → 2/3; won a1 → 1/3.
      // Negotiate a1, a2 → advanced (won) a1 only (a2 wins on 05-20) → 1/2.
      expect(rows('Rita Rep')).toEqual([['qualify', 4, 0.75, 0.25], ['propose', 3, 2 / 3, 1 / 3], ['negotiate', 2, 0.5, 0.5]]);
      // Rosa: c1 Qualify 03-01 → Propose 04-10 (converted, not won yet); Propose not left by 05-15;
      // Negotiate is only reached on 05-30.
      expect(rows('Rosa Rep')).toEqual([['qualify', 1, 1, 0], ['propose', 1, 0, 0], ['negotiate', 0, null, null]]);
    });
  });
});
