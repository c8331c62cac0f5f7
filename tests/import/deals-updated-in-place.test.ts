// A day's import rewrites the deals it moves in place (HOT updates, ADR 018): no index covers
// the columns it changes (stage, amount, updated_at) and each page keeps room for a new
// version (fillfactor 85, migration 0010), so PostgreSQL adds no index entry for them, the
// biggest share of a day's page writes at 1M deals (docs/benchmarks.md). Read from the
// table's statistics, on both engines.
import { expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { importDealsFixture, makeDeals, STAGES, writeDealsFolder, type Deal } from '../analytics/rollup-fixture.ts';
import { describeEachEngine } from '../helpers/test-database.ts';

type Updates = { updated: number; hot: number };

async function opportunityUpdates(database: Database): Promise<Updates> {
  const { rows: [row] } = await database.pool.query<Updates>(
    `SELECT n_tup_upd::int AS updated, n_tup_hot_upd::int AS hot FROM pg_stat_user_tables WHERE relname = 'opportunities'`);
  return row!;
}

// Every third open deal not yet in the last stage moves one stage on, its amount raised.
function moveSomeOn(deals: Deal[]): Deal[] {
  return deals
    .filter((d) => d.outcome === 'open' && STAGES.indexOf(d.history.at(-1)?.[0] ?? '') < STAGES.length - 1)
    .filter((_, i) => i % 3 === 0)
    .map((d) => {
      const next = STAGES[STAGES.indexOf(d.history.at(-1)?.[0] ?? '') + 1]!;
      return { ...d, amount: String(Number(d.amount || '1000') + 250), history: [...d.history, [next, '2026-02-20'] as [string, string]] };
    });
}

describeEachEngine('deals updated in place', (engine) => {
  it('moves deals a stage on and changes their amounts without writing index entries for them', async () => {
    const deals = makeDeals(400);
    const { database } = await importDealsFixture(engine, deals);
    try {
      const before = await opportunityUpdates(database);
      const moved = moveSomeOn(deals);
      expect(moved.length).toBeGreaterThan(10);
      const report = await runImport(database, await writeDealsFolder(moved, false), { preset: 'generic' });
      expect(report.errors).toEqual([]);
      expect(report.counts.opportunities?.updated).toBe(moved.length);
      // A backend reports its table statistics when idle, at most once a second: wait for them.
      const after = await vi.waitFor(async () => {
        const now = await opportunityUpdates(database);
        expect(now.updated).toBeGreaterThanOrEqual(before.updated + moved.length);
        return now;
      }, { timeout: 10_000, interval: 100 });
      expect(after.updated - before.updated).toBe(moved.length);
      expect(after.hot - before.hot).toBe(moved.length);
    } finally {
      await database.close();
    }
  }, 120_000);
});
