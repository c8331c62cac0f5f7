import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountRecord, OpportunityRecord, PersonRecord, ProductRecord } from '../core/crm/records.ts';
import { buildImportPlan } from './read-import.ts';
import type { ImportPlan } from './import-plan.ts';
import { collectProblems, drainPlan, recordsOf, type CollectedProblems, type DrainedPlan } from './fixtures/drain-plan.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const mavenFolder = resolve(repoRoot, '../shared/data/maven-crm');
const hasMaven = existsSync(mavenFolder);

describe.skipIf(!hasMaven)('maven preset on data/maven-crm (skipped when ../shared/data/maven-crm is absent)', () => {
  let plan: ImportPlan;
  let drained: DrainedPlan;
  let problems: CollectedProblems;
  let deals: OpportunityRecord[];

  beforeAll(async () => {
    problems = collectProblems();
    plan = await buildImportPlan(mavenFolder, { preset: 'maven' }, problems);
    drained = await drainPlan(plan);
    deals = recordsOf<OpportunityRecord>(drained, 'opportunities');
  });

  it('reads every row without errors', () => {
    expect(problems.errors).toEqual([]);
    expect(plan.source).toBe('maven');
    expect(plan.process.map((stage) => [stage.key, stage.name])).toEqual([['prospecting', 'Prospecting'], ['engaging', 'Engaging']]);
  });

  it('has the expected totals', () => {
    const people = recordsOf<PersonRecord>(drained, 'people');
    expect(deals).toHaveLength(8800);
    expect(people.filter((person) => person.role === 'rep')).toHaveLength(35);
    expect(people.filter((person) => person.role === 'manager')).toHaveLength(6);
    expect(drained.accounts).toHaveLength(85);
    expect(drained.products).toHaveLength(7);
    const byStage = new Map<string, number>();
    for (const deal of deals) byStage.set(deal.stageKey, (byStage.get(deal.stageKey) ?? 0) + 1);
    expect(Object.fromEntries(byStage)).toEqual({
      won: 4238, lost: 2473, engaging: 1589, prospecting: 500,
    });
  });

  it('keeps the five reps with no deals, under their managers', () => {
    const people = recordsOf<PersonRecord>(drained, 'people');
    const owners = new Set(deals.map((deal) => deal.ownerRef));
    const idle = people.filter((person) => person.role === 'rep' && !owners.has(person.externalId)).map((person) => person.name);
    expect(idle.sort()).toEqual(['Carl Lin', 'Carol Thompson', 'Elizabeth Anderson', 'Mei-Mei Johns', 'Natalya Ivanova']);
    const managers = new Set(people.filter((person) => person.role === 'manager').map((person) => person.externalId));
    expect(people.filter((person) => person.role === 'rep').every((rep) => managers.has(rep.managerRef ?? ''))).toBe(true);
    // Managers come first, so that every manager reference points backwards.
    expect(drained.people.slice(0, 6).every((located) => (located.record as PersonRecord).role === 'manager')).toBe(true);
  });

  it('repairs GTXPro to GTX Pro with one summary warning', () => {
    const products = new Set(recordsOf<ProductRecord>(drained, 'products').map((product) => product.externalId));
    expect(deals.every((deal) => deal.productRef && products.has(deal.productRef))).toBe(true);
    expect(deals.filter((deal) => deal.productRef === 'GTX Pro').length).toBeGreaterThanOrEqual(1480);
    const warning = problems.warnings.filter((problem) => problem.column === 'product');
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ file: 'sales_pipeline.csv', line: 3, value: 'GTXPro' });
    expect(warning[0]?.message).toMatch(/^1,480 deals/);
  });

  it('stores the 1,425 deals without an account with one summary warning', () => {
    expect(deals.filter((deal) => deal.accountRef === null)).toHaveLength(1425);
    expect(deals.find((deal) => deal.accountRef === null)?.name).toMatch(/ · No account$/);
    const warning = problems.warnings.filter((problem) => problem.column === 'account');
    expect(warning).toHaveLength(1);
    expect(warning[0]?.message).toMatch(/^1,425 deals have no account/);
  });

  it("stores lost deals' zero value as unknown, with one summary warning", () => {
    const lost = deals.filter((deal) => deal.outcome === 'lost');
    expect(lost.every((deal) => deal.amount === null)).toBe(true);
    expect(deals.filter((deal) => deal.outcome === 'won').every((deal) => (deal.amount ?? 0) > 0)).toBe(true);
    const warning = problems.warnings.filter((problem) => problem.column === 'close_value');
    expect(warning).toHaveLength(1);
    expect(warning[0]?.message).toMatch(/^2,473 lost deals/);
  });

  it('repairs the technolgy sector and derives segments from employees', () => {
    const accounts = recordsOf<AccountRecord>(drained, 'accounts');
    expect(accounts.some((account) => account.industry === 'technolgy')).toBe(false);
    expect(accounts.filter((account) => account.industry === 'technology').length).toBeGreaterThanOrEqual(12);
    expect(problems.warnings.filter((problem) => problem.column === 'sector')).toHaveLength(1);
    const acme = accounts.find((account) => account.name === 'Acme Corporation');
    expect(acme).toMatchObject({ employees: 2822, segment: 'Mid-market', sizeBand: '1,000-4,999', region: 'United States' });
  });

  it('maps dates and leaves the unknown create date null', () => {
    const first = drained.opportunities[0];
    expect(first).toMatchObject({ file: 'sales_pipeline.csv', line: 2 });
    expect(first?.record).toMatchObject({
      externalId: '1C1I7A6R', ownerRef: 'Moses Frase', engagedAt: '2016-10-20', closedAt: '2017-03-01', createdAt: null,
      amount: 1054, stageKey: 'won', outcome: 'won', name: 'GTX Plus Basic · Cancity',
    });
    expect(problems.warnings).toHaveLength(4);
  });
});
