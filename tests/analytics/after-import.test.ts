// What analytics does after an import commits (src/use-cases/analytics/after-import.ts):
// a large import is followed by VACUUM (ANALYZE) of the tables the analysis reads, and the
// org's default analysis is computed into a registered cache straight away; a dry run
// does neither. With the stall warm-up registered too, the two run one after the other.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { AnalysisCache, type OrgAnalysis } from '../../src/use-cases/analytics/analyse-org.ts';
import type { JudgedOrg } from '../../src/core/stalls/judged-org.ts';
import { warmAnalysisAfterImports, warmStallsAfterImports } from '../../src/use-cases/analytics/after-import.ts';
import { StallReferenceCache } from '../../src/use-cases/stalls/stall-reference-cache.ts';
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

/** A stall cache that notes when the stall warm-up first asks it for anything. */
class NotingStallCache extends StallReferenceCache {
  constructor(private readonly note: (event: string) => void) { super(); }
  override defaultAsOf(orgId: number, today: string, version: number, compute: () => Promise<string>): Promise<string> {
    this.note('stalls started');
    return super.defaultAsOf(orgId, today, version, compute);
  }
  override judgedOrg(orgId: number, asOf: string, version: number, key: string, compute: () => Promise<JudgedOrg>): Promise<JudgedOrg> {
    this.note('stalls started');
    return super.judgedOrg(orgId, asOf, version, key, compute).then((judged) => { this.note('stalls done'); return judged; });
  }
}

describeEachEngine('the warm-ups after an import', (engine) => {
  let database: Database;
  const events: string[] = [];
  const note = (event: string) => { if (events.at(-1) !== event) events.push(event); };
  // Notes the analysis done as soon as its computation settles (before anything awaiting it resumes).
  const analysis = new (class extends RecordingCache {
    override get(key: string, version: number, compute: () => Promise<OrgAnalysis>): Promise<OrgAnalysis> {
      return super.get(key, version, () => compute().then((value) => { note('analysis done'); return value; }));
    }
  })();
  const stops: (() => void)[] = [];
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    stops.push(warmAnalysisAfterImports(database, analysis, () => '2026-06-30'));
    stops.push(warmStallsAfterImports(database, new NotingStallCache(note), () => '2026-06-30'));
  });
  afterAll(async () => {
    for (const stop of stops) stop();
    await Promise.allSettled(analysis.computed);
    await database?.close();
  });

  it('run one after the other: the stall judgement starts once the analysis is done', async () => {
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    expect((await runImport(database, folder, { preset: 'generic' })).errors).toEqual([]);
    await vi.waitFor(() => expect(analysis.computed).toHaveLength(1), { timeout: 10_000 });
    await vi.waitFor(() => expect(events).toContain('stalls done'), { timeout: 20_000 });
    expect(events).toEqual(['analysis done', 'stalls started', 'stalls done']);
  });
});
