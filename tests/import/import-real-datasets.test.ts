// The Maven CRM and Salesforce sample datasets import completely, and a second import of
// the same files changes nothing (idempotent).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { hasMaven, hasSalesforce, MAVEN_DIR, SALESFORCE_DIR } from '../helpers/shared-data.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

describeEachEngine('Maven CRM import', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => database?.close());

  it.skipIf(!hasMaven)('imports 8,800 deals, 35 reps, 6 managers, 85 accounts and 7 products, with its warts handled', async () => {
    const report = await runImport(database, MAVEN_DIR, { preset: 'maven' });
    expect(report.errors).toEqual([]);
    expect(report.counts.opportunities).toEqual({ created: 8800, updated: 0, unchanged: 0 });
    expect(report.counts.people).toEqual({ created: 41, updated: 0, unchanged: 0 });
    expect(report.counts.accounts).toEqual({ created: 85, updated: 0, unchanged: 0 });
    expect(report.counts.products).toEqual({ created: 7, updated: 0, unchanged: 0 });
    const { rows: [facts] } = await database.pool.query(`SELECT
      (SELECT count(*)::int FROM people WHERE role = 'rep') AS reps,
      (SELECT count(*)::int FROM people WHERE role = 'manager') AS managers,
      (SELECT count(DISTINCT region)::int FROM people) AS regions,
      (SELECT count(*)::int FROM opportunities WHERE account_id IS NULL) AS no_account,
      (SELECT count(*)::int FROM opportunities o JOIN products p ON p.org_id = o.org_id AND p.id = o.product_id WHERE p.name = 'GTX Pro') AS gtx_pro,
      (SELECT count(*)::int FROM opportunities WHERE outcome = 'lost' AND amount IS NOT NULL) AS lost_with_amount,
      (SELECT count(*)::int FROM opportunities WHERE outcome = 'won' AND (amount IS NULL OR amount <= 0)) AS won_without_amount,
      (SELECT count(*)::int FROM accounts WHERE industry = 'technolgy') AS typo_left,
      (SELECT count(*)::int FROM people p WHERE role = 'rep' AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.owner_id = p.id)) AS reps_without_deals,
      (SELECT count(*)::int FROM people r JOIN people m ON m.org_id = r.org_id AND m.id = r.manager_id WHERE r.role = 'rep') AS reps_with_manager`);
    expect(facts).toEqual({
      reps: 35, managers: 6, regions: 3, no_account: 1425, gtx_pro: 1480, lost_with_amount: 0,
      won_without_amount: 0, typo_left: 0, reps_without_deals: 5, reps_with_manager: 35,
    });
    // The repairs are reported, not silent.
    const warnings = report.warnings.map((w) => w.message).join('\n');
    expect(warnings).toMatch(/GTXPro/);
    expect(warnings).toMatch(/technolgy/);
  });

  it.skipIf(!hasMaven)('imports the same files again as created 0, updated 0', async () => {
    const again = await runImport(database, MAVEN_DIR, { preset: 'maven' });
    expect(again.errors).toEqual([]);
    for (const [entity, counts] of Object.entries(again.counts)) {
      expect({ entity, created: counts.created, updated: counts.updated }).toEqual({ entity, created: 0, updated: 0 });
    }
    expect(again.counts.opportunities!.unchanged).toBe(8800);
  });
});

describeEachEngine('Salesforce sample import', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => database?.close());

  it.skipIf(!hasSalesforce)('imports 31 opportunities (18 won, 13 open) with their stage history, idempotently', async () => {
    const report = await runImport(database, SALESFORCE_DIR, { preset: 'salesforce' });
    expect(report.errors).toEqual([]);
    expect(report.counts.opportunities).toEqual({ created: 31, updated: 0, unchanged: 0 });
    const { rows: [facts] } = await database.pool.query(`SELECT
      (SELECT count(*)::int FROM opportunities WHERE outcome = 'won') AS won,
      (SELECT count(*)::int FROM opportunities WHERE outcome = 'open') AS open,
      (SELECT count(DISTINCT opportunity_id)::int FROM stage_history) AS with_history,
      (SELECT count(*)::int FROM accounts) AS accounts`);
    expect(facts).toMatchObject({ won: 18, open: 13, with_history: 31 });
    expect(facts.accounts).toBeGreaterThanOrEqual(10);
    const again = await runImport(database, SALESFORCE_DIR, { preset: 'salesforce' });
    for (const counts of Object.values(again.counts)) expect([counts.created, counts.updated]).toEqual([0, 0]);
  });
});
