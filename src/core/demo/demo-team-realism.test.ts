// People, quotas, activities and buying groups of the demo org look like a real sales team.
import { describe, expect, it } from 'vitest';
import { generateDemoOrg } from './generate-demo-org.ts';
import { dayFromIsoDate } from './demo-calendar.ts';

const AS_OF = '2026-11-20';
const asOfDay = dayFromIsoDate(AS_OF);
const org = generateDemoOrg({ seed: 42, reps: 60, asOf: AS_OF });
const reps = org.people.filter((p) => p.role === 'rep');
const tenureDays = (hiredAt: string | null | undefined): number => asOfDay - dayFromIsoDate(hiredAt ?? AS_OF);
const tenured = reps.filter((r) => tenureDays(r.hiredAt) >= 365);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const quantile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? Number.NaN;
const countBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

describe('people', () => {
  it('hires most reps 1–6 years ago and about 8 % in the last 90 days (ramping)', () => {
    const ramping = reps.filter((r) => tenureDays(r.hiredAt) < 90);
    expect(ramping.length).toBeGreaterThanOrEqual(3);
    expect(ramping.length).toBeLessThanOrEqual(8);
    const settled = reps.filter((r) => tenureDays(r.hiredAt) >= 365 && tenureDays(r.hiredAt) <= 6 * 366);
    expect(settled.length / reps.length).toBeGreaterThan(0.7);
  });

  it('gives new hires fewer deals and none before their hire date', () => {
    const deals = countBy(org.opportunities, (o) => o.ownerRef);
    const ramping = reps.filter((r) => tenureDays(r.hiredAt) < 90);
    for (const rep of ramping) expect(deals.get(rep.externalId) ?? 0).toBeLessThan(median(tenured.map((r) => deals.get(r.externalId) ?? 0)) / 3);
    const perMonth = tenured.map((r) => (deals.get(r.externalId) ?? 0) / 12);
    expect(median(perMonth)).toBeGreaterThanOrEqual(8);
    expect(median(perMonth)).toBeLessThanOrEqual(15);
  });

  it('puts ten reps under each of six managers', () => {
    expect([...countBy(reps, (r) => r.managerRef ?? '').values()]).toEqual([10, 10, 10, 10, 10, 10]);
  });
});

describe('quotas', () => {
  const quarterStarts = [...new Set(org.quotas.map((q) => q.periodEnd))].sort();

  it('sets four quarterly quotas per tenured rep and prorates ramping reps from their hire date', () => {
    expect(quarterStarts).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    for (const rep of tenured) expect(org.quotas.filter((q) => q.ownerRef === rep.externalId)).toHaveLength(4);
    const full = median(org.quotas.filter((q) => q.periodStart === '2026-10-01').map((q) => q.amount));
    for (const rep of reps.filter((r) => tenureDays(r.hiredAt) < 90)) {
      const quotas = org.quotas.filter((q) => q.ownerRef === rep.externalId).sort((a, b) => a.periodStart.localeCompare(b.periodStart));
      expect(quotas.length).toBeLessThanOrEqual(2);
      expect(quotas[0]?.periodStart).toBe(rep.hiredAt);
      for (const quota of quotas) expect(quota.amount).toBeLessThan(full * 0.75);
    }
  });

  it('spreads attainment over the complete quarters roughly from 40 % to 160 %', () => {
    const won = org.opportunities.filter((o) => o.outcome === 'won');
    const attainment = tenured.map((rep) => {
      const quotas = org.quotas.filter((q) => q.ownerRef === rep.externalId && q.periodEnd < AS_OF);
      const value = won.filter((o) => o.ownerRef === rep.externalId && quotas.some((q) => (o.closedAt ?? '') >= q.periodStart && (o.closedAt ?? '') <= q.periodEnd))
        .reduce((sum, o) => sum + (o.amount ?? 0), 0);
      return value / quotas.reduce((sum, q) => sum + q.amount, 0);
    });
    expect(quantile(attainment, 0.1)).toBeGreaterThan(0.25);
    expect(quantile(attainment, 0.1)).toBeLessThan(0.6);
    expect(median(attainment)).toBeGreaterThan(0.75);
    expect(median(attainment)).toBeLessThan(1.15);
    expect(quantile(attainment, 0.9)).toBeGreaterThan(1.3);
    expect(quantile(attainment, 0.9)).toBeLessThan(2.2);
  });
});

describe('activities', () => {
  it('logs 8–15 activities per tenured rep per week, varying by rep', () => {
    const counts = countBy(org.activities, (a) => a.ownerRef);
    const perWeek = tenured.map((r) => (counts.get(r.externalId) ?? 0) / 52);
    expect(median(perWeek)).toBeGreaterThanOrEqual(8);
    expect(median(perWeek)).toBeLessThanOrEqual(15);
    expect(Math.max(...perWeek) / Math.min(...perWeek)).toBeGreaterThan(1.5);
  });

  it('mixes calls, e-mails, meetings and demos, mostly on deals, with a connect flag on calls only', () => {
    expect(new Set(org.activities.map((a) => a.type))).toEqual(new Set(['call', 'email', 'meeting', 'demo']));
    expect(org.activities.filter((a) => a.opportunityRef).length / org.activities.length).toBeGreaterThan(0.7);
    const calls = org.activities.filter((a) => a.type === 'call');
    expect(org.activities.every((a) => (a.type === 'call') === (typeof a.connected === 'boolean'))).toBe(true);
    const connectRate = calls.filter((a) => a.connected).length / calls.length;
    expect(connectRate).toBeGreaterThan(0.25);
    expect(connectRate).toBeLessThan(0.55);
  });
});

describe('stakeholders', () => {
  const stage = new Map(org.opportunities.map((o) => [o.externalId, o]));
  const perDeal = countBy(org.stakeholders, (s) => s.opportunityRef);

  it('names 1–5 stakeholders with roles, influence and stance, on deals past Discover only', () => {
    expect(Math.max(...perDeal.values())).toBeLessThanOrEqual(5);
    const roles = new Set(org.stakeholders.map((s) => s.role));
    expect(roles).toEqual(new Set(['Economic buyer', 'Champion', 'Technical evaluator', 'End user', 'Procurement', 'Legal']));
    for (const s of org.stakeholders) {
      expect(['low', 'medium', 'high']).toContain(s.influence);
      expect(['champion', 'supporter', 'neutral', 'skeptic', 'blocker']).toContain(s.stance);
    }
    const early = org.opportunities.filter((o) => o.outcome === 'open' && (o.stageKey === 'prospect' || o.stageKey === 'discover'));
    expect(early.filter((o) => perDeal.has(o.externalId))).toEqual([]);
    expect(org.stakeholders.some((s) => s.engagedAt === null)).toBe(true);
  });

  it('has single-threaded late-stage deals, more among lost deals than won ones', () => {
    const engaged = countBy(org.stakeholders.filter((s) => s.engagedAt), (s) => s.opportunityRef);
    const late = new Set(org.stageHistory.filter((h) => ['proposal', 'negotiate', 'close'].includes(h.stageKey)).map((h) => h.opportunityRef));
    const lateReached = (ref: string): boolean => late.has(ref);
    const share = (outcome: string): number => {
      const deals = [...perDeal.keys()].filter((ref) => stage.get(ref)?.outcome === outcome && lateReached(ref));
      return deals.filter((ref) => (engaged.get(ref) ?? 0) <= 1).length / deals.length;
    };
    expect(share('lost')).toBeGreaterThan(share('won') + 0.1);
  });
});
