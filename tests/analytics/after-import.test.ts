// What analytics does after an import commits (src/use-cases/analytics/after-import.ts):
// a large import is followed by VACUUM (ANALYZE) of the tables the analysis reads, and the
// org's default analysis is computed into a registered cache straight away; a dry run
// does neither.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { AnalysisCache, type OrgAnalysis } from '../../src/use-cases/analytics/analyse-org.ts';
import { warmAnalysisAfterImports } from '../../src/use-cases/analytics/after-import.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, PEOPLE_CSV, writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

class RecordingCache extends AnalysisCache {
  readonly computed: Promise<OrgAnalysis>[] = [];
  override get(key: string, version: number, compute: () => Promise<OrgAnalysis>): Promise<OrgAnalysis> {
    return super.get(key, version, () => {
      const value = compute();
      this.computed.push(value);
      return value;
    });
  }
}

describeEachEngine('after an import commits', (engine) => {
  let database: Database;
  const cache = new RecordingCache();
  let stop: () => void;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    stop = warmAnalysisAfterImports(database, cache, () => '2026-06-30');
  });
  afterAll(async () => {
    stop?.();
    await Promise.allSettled(cache.computed);
    await database?.close();
  });

  const lastVacuum = async () => (await database.pool.query<{ at: string | null }>(
    "SELECT coalesce(last_vacuum, last_autovacuum)::text AS at FROM pg_stat_user_tables WHERE relname = 'deal_close_facts'")).rows[0]?.at ?? null;

  it('a dry run neither vacuums nor warms', async () => {
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    await runImport(database, folder, { preset: 'generic', dryRun: true });
    expect(cache.computed).toHaveLength(0);
    expect(await lastVacuum()).toBeNull();
  });

  it('the first import (all of the data) vacuums and warms the org analysis', async () => {
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    const report = await runImport(database, folder, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(await lastVacuum()).not.toBeNull();
    // Warming runs in the background: it has started (and been cached) soon after.
    await vi.waitFor(() => expect(cache.computed).toHaveLength(1), { timeout: 10_000 });
    const analysis = await cache.computed[0]!;
    expect(analysis.reps.map((r) => r.externalId).sort()).toEqual(['r1', 'r2']);
    expect(analysis.dataVersion).toBeGreaterThan(0);
  });
});
