// Team and org totals (teamSummary) over the analytics fixture, against figures worked out
// by hand from docs/analytics.md. The expectations are literals; the comments show the arithmetic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { subtreeIds } from '../../src/use-cases/analytics/analytics-access.ts';
import { teamSummary } from '../../src/use-cases/analytics/team-summary.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { importAnalyticsFixture, near, TODAY, WEEK } from './analytics-sql-fixture.ts';

describeEachEngine('team totals over SQL', (engine) => {
  let database: Database;
  let orgId: number;
  let ids: Record<string, number>;
  beforeAll(async () => { ({ database, orgId, ids } = await importAnalyticsFixture(engine)); });
  afterAll(async () => database?.close());

  describe('team totals (teamSummary)', () => {
    const options = { asOf: '2026-06-30', windowDays: 90 };

    it("Mo Manager's team: Rita and Raj", async () => {
      const team = await teamSummary(database, orgId, TODAY, await subtreeIds(database, orgId, ids.m1!), options);
      expect(team.repCount).toBe(2);
      const k = team.kpis;
      expect({
        wonCount: k.wonCount, lostCount: k.lostCount, noDecisionCount: k.noDecisionCount,
        winRate: [k.winRate.value, k.winRate.sample, k.winRate.lowConfidence], winRateValue: k.winRateValue,
        wonValue: k.wonValue, avgDealSize: k.avgDealSize, cycleDaysMedian: k.cycleDaysMedian, cycleSample: k.cycleSample,
        cycleBasis: k.cycleBasis, openCount: k.openCount, openValue: k.openValue, velocity: k.velocity,
        activitiesPerWeek: k.activitiesPerWeek, connectRate: k.connectRate && [k.connectRate.value, k.connectRate.sample],
      }).toEqual(near({
        // won a1, a2, b1, b2; lost a4, a5 (no-decision), b3
        wonCount: 4, lostCount: 3, noDecisionCount: 1, winRate: [4 / 7, 7, false],
        winRateValue: null, wonValue: null, avgDealSize: null, // b1's and b3's amounts are unknown
        // cycles 31, 40, 20, 30 → (30 + 31) ÷ 2; b2 has no create date → mixed
        cycleDaysMedian: 30.5, cycleSample: 4, cycleBasis: 'mixed',
        openCount: 3, openValue: null, velocity: null, // a6, a7, b4 (amount unknown)
        // 6 activities (Mo's own call not counted) ÷ 90/7 weeks ÷ 2 reps
        activitiesPerWeek: (6 * WEEK) / 2, connectRate: [2 / 3, 3],
      }));
      // funnel: the team's deals together (only Rita's have history) against the org benchmark (none)
      expect(team.funnel.map((s) => [s.key, s.cohort, s.conversion.value])).toEqual([['qualify', 3, 1], ['propose', 4, 0.5], ['negotiate', 2, 0.5]]);
      expect(team.distribution.segments).toEqual({ star: 0, core: 0, bottom: 0, ramping: 2 });
      expect(team.teams).toEqual([near({
        managerId: ids.m1, managerName: 'Mo Manager', repCount: 2,
        distribution: team.distribution, winRate: 4 / 7, wonValue: null, attainmentMedian: 4000 / 9000,
      })]);
    });

    it("Mia Manager's team: Rosa, Ravi and Rex, without Mia's own deal", async () => {
      const team = await teamSummary(database, orgId, TODAY, await subtreeIds(database, orgId, ids.m2!), options);
      expect(team.repCount).toBe(3);
      const k = team.kpis;
      // won c1 9000, e1 2000, e2 6000, e3 4000 = 21 000; lost c2 1000, e4 3000 (no-decision)
      expect(k.wonCount).toBe(4);
      expect(k.lostCount).toBe(2);
      expect(k.winRate).toEqual({ value: 4 / 6, sample: 6, lowConfidence: false });
      expect(k.wonValue).toBe(21_000);
      expect(k.winRateValue).toBeCloseTo(21_000 / 25_000, 12);
      expect(k.avgDealSize).toBe(5250);
      // cycles 90 (first stage), 10, 20, 30 → (20 + 30) ÷ 2 = 25
      expect(k.cycleDaysMedian).toBe(25);
      expect(k.cycleBasis).toBe('mixed');
      expect(k.openCount).toBe(1);
      expect(k.openValue).toBe(2000);
      expect(k.velocity).toBeCloseTo((1 * (4 / 6) * 5250) / 25, 9); // 140
      expect(k.activitiesPerWeek).toBe(0);
      expect(team.teams).toEqual([near({
        managerId: ids.m2, managerName: 'Mia Manager', repCount: 3, distribution: team.distribution,
        // attainments 0.5 (Rosa, quota), 0 (Ravi), 1.846 (Rex) → median 0.5
        winRate: 4 / 6, wonValue: 21_000, attainmentMedian: 0.5,
      })]);
    });

    it('the org: every rep, one team row per frontline manager', async () => {
      const org = await teamSummary(database, orgId, TODAY, null, options);
      expect(org.repCount).toBe(5);
      expect(org.reps.map((r) => r.name)).toEqual(['Raj Rep', 'Ravi Rep', 'Rex Rep', 'Rita Rep', 'Rosa Rep']);
      expect(org.teams.map((t) => [t.managerName, t.repCount])).toEqual([['Mia Manager', 3], ['Mo Manager', 2]]);
      expect(org.distribution.segments).toEqual({ star: 0, core: 0, bottom: 0, ramping: 5 });
    });

    // BUG (reported): the org figures run the window queries without an owner filter, so a
    // manager's own deal (z1, won 100 000) and a manager's own activity (x9) are counted,
    // although docs/analytics.md says team and org KPIs are "the same formulas over all their
    // reps' deals", and a team's figures (above) do leave them out.
    it("the org's KPIs are over the reps' deals only", async () => {
      const org = await teamSummary(database, orgId, TODAY, null, options);
      const k = org.kpis;
      // won a1, a2, b1, b2, c1, e1, e2, e3 = 8; lost a4, a5, b3, c2, e4 = 5 (2 no-decision)
      expect(k.wonCount).toBe(8);
      expect(k.lostCount).toBe(5);
      expect(k.winRate).toEqual({ value: 8 / 13, sample: 13, lowConfidence: false });
      // 6 reps' activities ÷ 90/7 weeks ÷ 5 reps
      expect(k.activitiesPerWeek).toBeCloseTo((6 * WEEK) / 5, 12);
    });
  });
});
