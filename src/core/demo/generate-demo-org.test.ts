import { describe, expect, it } from 'vitest';
import { generateDemoOrg } from './generate-demo-org.ts';
import { findDemoOrgProblems } from './find-demo-org-problems.ts';
import type { DemoOrg } from './demo-org.ts';
import { DEFAULT_PROCESS } from '../process/default-process.ts';

const AS_OF = '2026-11-20';
const org = generateDemoOrg({ seed: 42, reps: 60, asOf: AS_OF });

describe('generateDemoOrg: determinism', () => {
  it('gives deep-equal output for the same options', () => {
    expect(generateDemoOrg({ seed: 42, reps: 60, asOf: AS_OF })).toEqual(org);
  });

  it('gives a different org for a different seed', () => {
    const other = generateDemoOrg({ seed: 43, reps: 60, asOf: AS_OF });
    expect(other.people.map((p) => p.name)).not.toEqual(org.people.map((p) => p.name));
    expect(other.opportunities.map((o) => o.amount)).not.toEqual(org.opportunities.map((o) => o.amount));
  });

  it('moves the whole year with the as-of date', () => {
    const later = generateDemoOrg({ seed: 42, reps: 60, asOf: '2027-02-10' });
    const latest = (o: DemoOrg): string => o.opportunities.reduce((max, opp) => ((opp.createdAt ?? '') > max ? (opp.createdAt ?? '') : max), '');
    expect(latest(org) <= AS_OF && latest(org) >= '2026-11-13').toBe(true);
    expect(latest(later) <= '2027-02-10' && latest(later) >= '2027-02-03').toBe(true);
    expect(findDemoOrgProblems(later, '2027-02-10')).toEqual([]);
  });

  it('defaults to 60 reps', () => {
    expect(generateDemoOrg({ seed: 1, asOf: AS_OF }).people.filter((p) => p.role === 'rep')).toHaveLength(60);
  });
});

describe('generateDemoOrg: shape', () => {
  it.each([1, 7, 60])('has 1 leader, 6 managers and %i reps', (reps) => {
    const people = reps === 60 ? org.people : generateDemoOrg({ seed: 5, reps, asOf: AS_OF }).people;
    const count = (role: string): number => people.filter((p) => p.role === role).length;
    expect([count('leader'), count('manager'), count('rep')]).toEqual([1, 6, reps]);
  });

  it('uses the default process and stable, prefixed ids', () => {
    expect(org.process).toEqual(DEFAULT_PROCESS);
    expect(org.people.slice(0, 8).map((p) => p.externalId)).toEqual([
      'demo-lead-1', 'demo-mgr-1', 'demo-mgr-2', 'demo-mgr-3', 'demo-mgr-4', 'demo-mgr-5', 'demo-mgr-6', 'demo-rep-001',
    ]);
    expect(org.accounts[0]?.externalId).toBe('demo-acc-001');
    expect(org.products[0]?.externalId).toBe('demo-prd-1');
    expect(org.opportunities[0]?.externalId).toBe('demo-opp-000001');
    expect(org.activities[0]?.externalId).toBe('demo-act-000001');
  });

  it('gives people titles, demo e-mails and regions by team', () => {
    const titles = new Set(org.people.map((p) => `${p.role}:${p.title}`));
    expect(titles).toEqual(new Set(['leader:VP Sales', 'manager:Sales Manager', 'rep:Account Executive']));
    for (const person of org.people) expect(person.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+@demo\.coachboard\.example$/);
    expect(new Set(org.people.map((p) => p.email)).size).toBe(org.people.length);
    expect(new Set(org.people.filter((p) => p.role === 'rep').map((p) => p.region)).size).toBe(6);
  });

  it('has 150–250 accounts across three segments and 5–8 priced products', () => {
    expect(org.accounts.length).toBeGreaterThanOrEqual(150);
    expect(org.accounts.length).toBeLessThanOrEqual(250);
    expect(new Set(org.accounts.map((a) => a.segment))).toEqual(new Set(['SMB', 'Mid-market', 'Enterprise']));
    expect(org.products.length).toBeGreaterThanOrEqual(5);
    expect(org.products.length).toBeLessThanOrEqual(8);
    for (const product of org.products) expect(product.listPrice).toBeGreaterThan(0);
  });

  it('keeps volumes in the intended range for 60 reps', () => {
    expect(org.opportunities.length).toBeGreaterThan(4000);
    expect(org.opportunities.length).toBeLessThan(12000);
    expect(org.activities.length).toBeLessThan(50000);
    expect(org.opportunities.every((o) => o.currency === 'USD')).toBe(true);
  });
});

describe('generateDemoOrg: integrity', () => {
  it('has no consistency problems', () => {
    expect(findDemoOrgProblems(org, AS_OF)).toEqual([]);
  });

  it('rejects a rep count that is not a positive integer', () => {
    expect(() => generateDemoOrg({ seed: 1, reps: 0, asOf: AS_OF })).toThrow();
    expect(() => generateDemoOrg({ seed: 1, reps: 2.5, asOf: AS_OF })).toThrow();
    expect(() => generateDemoOrg({ seed: 1, reps: 3, asOf: '20-11-2026' })).toThrow();
  });
});

// The checker must catch what it claims to check, or the integrity test proves nothing.
describe('findDemoOrgProblems', () => {
  const small = generateDemoOrg({ seed: 9, reps: 6, asOf: AS_OF });
  const closedIndex = small.opportunities.findIndex((o) => o.outcome === 'lost');
  const openIndex = small.opportunities.findIndex((o) => o.outcome === 'open');
  const linkedIndex = small.activities.findIndex((a) => a.opportunityRef);
  const breakages: { name: string; breakIt: (o: DemoOrg) => void; expected: RegExp }[] = [
    { name: 'unknown owner', breakIt: (o) => { o.opportunities[0]!.ownerRef = 'nobody'; }, expected: /is not a rep/ },
    { name: 'unknown account', breakIt: (o) => { o.opportunities[0]!.accountRef = 'demo-acc-999'; }, expected: /unknown account/ },
    { name: 'stage not in process', breakIt: (o) => { o.opportunities[openIndex]!.stageKey = 'qualify'; }, expected: /not in the process/ },
    { name: 'closed without closedAt', breakIt: (o) => { o.opportunities[closedIndex]!.closedAt = null; }, expected: /closedAt/ },
    { name: 'outcome stage mismatch', breakIt: (o) => { o.opportunities[closedIndex]!.stageKey = 'won'; }, expected: /does not match/ },
    { name: 'date after as-of', breakIt: (o) => { o.activities[0]!.occurredAt = '2027-01-04 10:00:00'; }, expected: /after as-of/ },
    { name: 'activity on another rep\'s deal', breakIt: (o) => { o.activities[linkedIndex]!.ownerRef = 'demo-rep-006' === o.activities[linkedIndex]!.ownerRef ? 'demo-rep-005' : 'demo-rep-006'; }, expected: /owned by/ },
    { name: 'history out of order', breakIt: (o) => { o.stageHistory.reverse(); }, expected: /backwards|order|createdAt/ },
    { name: 'weekend stage entry', breakIt: (o) => { o.stageHistory[0]!.enteredAt = '2026-11-15 10:00:00'; }, expected: /business hours/ },
    { name: 'duplicate id', breakIt: (o) => { o.accounts[1]!.externalId = o.accounts[0]!.externalId; }, expected: /duplicate/ },
  ];
  it.each(breakages)('reports $name', ({ breakIt, expected }) => {
    const broken = structuredClone(small);
    breakIt(broken);
    const problems = findDemoOrgProblems(broken, AS_OF);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });
});
