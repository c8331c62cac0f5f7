// The rollups (ADR 012) against the CRM tables they derive from, on both engines: after a
// full import and after each of several incremental imports (stage moves, owner changes,
// closes, amount and date changes, wins corrected to losses), rep_stage_months equals a fresh GROUP BY of the facts,
// deal_close_facts equals a fresh read of the deals, and the org-wide figures read from
// them equal window-stats.ts's straight from the CRM tables, as of many dates.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { orgWindowStats } from '../../src/db/analytics/org-window-stats.ts';
import { closedStats, openStats, stageStats } from '../../src/db/analytics/window-stats.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { FACT_COLUMNS } from '../../src/db/analytics/deal-stage-facts-sql.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { REFERENCE_FACTS_SQL } from './reference-facts-sql.ts';
import { changeSome, importDealsFixture, makeDeals, writeDealsFolder } from './rollup-fixture.ts';

describeEachEngine('analytics rollups', (engine) => {
  let database: Database;
  let orgId: number;
  const deals = makeDeals(400);

  beforeAll(async () => {
    ({ database, orgId } = await importDealsFixture(engine, deals));
  }, 120_000);
  afterAll(async () => { await database?.close(); });

  async function expectRollupsConsistent(): Promise<void> {
    const db = database.pool;
    const { rows: drift } = await db.query(`
      WITH fresh AS (
        SELECT date_trunc('month', reached_on::timestamp)::date AS month, owner_id, stage_ord,
          count(*)::int AS cohort, count(advanced_on)::int AS advanced, count(won_on)::int AS won
        FROM deal_stage_facts WHERE org_id = $1 GROUP BY 1, 2, 3),
      kept AS (SELECT month, owner_id, stage_ord, cohort, advanced, won FROM rep_stage_months WHERE org_id = $1 AND cohort <> 0)
      (SELECT 'missing' AS side, * FROM fresh EXCEPT SELECT 'missing', * FROM kept)
      UNION ALL (SELECT 'extra', * FROM kept EXCEPT SELECT 'extra', * FROM fresh)`, [orgId]);
    expect(drift).toEqual([]);
    const { rows: [zero] } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM rep_stage_months WHERE org_id = $1 AND cohort = 0 AND (advanced <> 0 OR won <> 0)', [orgId]);
    expect(zero!.n).toBe(0);
    const { rows: closeDrift } = await db.query(`
      WITH fresh AS (
        SELECT o.id, o.owner_id, o.outcome, o.closed_at, o.amount, o.created_at IS NOT NULL AS has_created,
          coalesce(o.created_at, o.engaged_at, (SELECT min(reached_on) FROM deal_stage_facts f WHERE f.org_id = o.org_id AND f.opportunity_id = o.id)) AS start_on
        FROM opportunities o WHERE o.org_id = $1),
      kept AS (SELECT opportunity_id, owner_id, outcome, closed_on, amount, has_created, start_on FROM deal_close_facts WHERE org_id = $1)
      (SELECT * FROM fresh EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM fresh)`, [orgId]);
    expect(closeDrift).toEqual([]);
    const { rows: monthDrift } = await db.query(`
      WITH fresh AS (
        SELECT date_trunc('month', closed_on::timestamp)::date AS month, owner_id,
          count(*) FILTER (WHERE outcome = 'won')::int AS won, count(*) FILTER (WHERE outcome = 'lost')::int AS lost,
          count(*) FILTER (WHERE outcome = 'no_decision')::int AS nd, coalesce(sum(amount) FILTER (WHERE outcome = 'won'), 0) AS won_amount,
          count(*) FILTER (WHERE outcome = 'won' AND amount IS NULL)::int AS won_unknown, coalesce(sum(amount), 0) AS closed_amount,
          count(*) FILTER (WHERE amount IS NULL)::int AS closed_unknown
        FROM deal_close_facts WHERE org_id = $1 AND outcome <> 'open' AND closed_on IS NOT NULL GROUP BY 1, 2),
      kept AS (SELECT month, owner_id, won, lost, no_decision, won_amount, won_unknown, closed_amount, closed_unknown
        FROM rep_close_months WHERE org_id = $1 AND won + lost + no_decision > 0)
      (SELECT * FROM fresh EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM fresh)`, [orgId]);
    expect(monthDrift).toEqual([]);
    const { rows: openDrift } = await db.query(`
      WITH fresh AS (SELECT owner_id, count(*)::int AS n, coalesce(sum(amount), 0) AS amount, count(*) FILTER (WHERE amount IS NULL)::int AS unknown
        FROM deal_close_facts WHERE org_id = $1 AND outcome = 'open' GROUP BY 1),
      kept AS (SELECT owner_id, open_count, open_amount, open_unknown FROM rep_open_deals WHERE org_id = $1 AND open_count > 0)
      (SELECT * FROM fresh EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM fresh)`, [orgId]);
    expect(openDrift).toEqual([]);
  }

  async function expectSameFigures(asOf: string, windowDays: number): Promise<void> {
    const to = new Date(`${asOf}T00:00:00Z`).getTime();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const from = iso(to - (windowDays - 1) * 86_400_000);
    const q = { orgId, from, to: asOf, prevFrom: iso(to - (2 * windowDays - 1) * 86_400_000) };
    const byRep = <T extends { repId: number | null }>(rows: T[]) =>
      [...rows].sort((a, b) => (a.repId ?? 0) - (b.repId ?? 0) || ((a as { stageOrd?: number }).stageOrd ?? 0) - ((b as { stageOrd?: number }).stageOrd ?? 0));
    const ours = await orgWindowStats(database.pool, q);
    expect(byRep(ours.closed)).toEqual(byRep(await closedStats(database.pool, q)));
    expect(byRep(ours.open)).toEqual(byRep(await openStats(database.pool, q)));
    expect(byRep(ours.stages)).toEqual(byRep(await stageStats(database.pool, q)));
  }

  const AS_OF: [string, number][] = [
    ['2026-06-30', 180], ['2026-03-31', 90], ['2026-02-20', 180], ['2026-02-21', 30], ['2025-12-01', 180],
    ['2025-08-17', 45], ['2026-01-01', 365], ['2025-06-15', 120],
  ];

  it('after the full import: rollups match the facts, figures match the CRM tables as of every date', async () => {
    await expectRollupsConsistent();
    for (const [asOf, days] of AS_OF) await expectSameFigures(asOf, days);
  });

  // Facts rows of these deals (by external id).
  const factsRowsOf = async (externalIds: string[]) => (await database.pool.query<{ n: number }>(`
    SELECT count(*)::int AS n FROM deal_stage_facts f JOIN opportunities o ON o.org_id = f.org_id AND o.id = f.opportunity_id
    WHERE f.org_id = $1 AND o.external_id = ANY($2::text[])`, [orgId, externalIds])).rows[0]!.n;

  it('after three incremental imports of changed deals: still the same', async () => {
    let current = deals;
    let factsRowsGone = 0;
    for (const seed of [7, 8, 9]) {
      const changed = changeSome(current, seed);
      const byId = new Map(changed.map((d) => [d.id, d]));
      const wonToLost = current.filter((d) => d.outcome === 'won' && byId.get(d.id)?.outcome === 'lost').map((d) => d.id);
      const before = await factsRowsOf(wonToLost);
      const report = await runImport(database, await writeDealsFolder(changed, false), { preset: 'generic' });
      expect(report.errors).toEqual([]);
      factsRowsGone += before - (await factsRowsOf(wonToLost));
      current = current.map((d) => byId.get(d.id) ?? d);
      // The facts the day's refresh left equal the reference derivation from scratch.
      const order = 'ORDER BY opportunity_id, stage_ord';
      const { rows: ours } = await database.pool.query(`SELECT ${FACT_COLUMNS} FROM deal_stage_facts WHERE org_id = $1 ${order}`, [orgId]);
      const { rows: reference } = await database.pool.query(`SELECT ${FACT_COLUMNS} FROM (${REFERENCE_FACTS_SQL}) r ${order}`, [orgId]);
      expect(ours).toEqual(reference);
      await expectRollupsConsistent();
      for (const [asOf, days] of AS_OF) await expectSameFigures(asOf, days);
    }
    // Wins corrected to losses took away the stages reached only by the win: the day's
    // refresh deleted facts rows, not only updated and inserted them.
    expect(factsRowsGone).toBeGreaterThan(0);
  }, 120_000);
});
