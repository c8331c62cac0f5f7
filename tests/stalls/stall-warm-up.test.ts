// The stall cache warmed right after an import (src/use-cases/analytics/after-import.ts,
// ADR 014): the org's deals are judged once in the background, and the requests that follow
// (the org's and a team's) are answered from that judgement, equal to judging from scratch.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { JudgedOrg } from '../../src/core/stalls/judged-org.ts';
import type { Database } from '../../src/db/client.ts';
import { idsInScope } from '../../src/db/queries/find-person.ts';
import { ensureOrg } from '../../src/db/queries/orgs.ts';
import { warmStallsAfterImports } from '../../src/use-cases/analytics/after-import.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { findStalledDeals } from '../../src/use-cases/stalls/find-stalled-deals.ts';
import { StallReferenceCache } from '../../src/use-cases/stalls/stall-reference-cache.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { stallFixtureFiles } from './stall-fixture.ts';

// Close to the fixture's dates, so that the default as-of date is this day.
const TODAY = '2026-07-01';

/** A cache that counts how often the org's judgement is computed, and keeps the last one. */
class CountingCache extends StallReferenceCache {
  judgements = 0;
  last: Promise<JudgedOrg> | null = null;
  override judgedOrg(orgId: number, asOf: string, version: number, key: string, compute: () => Promise<JudgedOrg>): Promise<JudgedOrg> {
    const value = super.judgedOrg(orgId, asOf, version, key, () => {
      this.judgements += 1;
      return compute();
    });
    this.last = value;
    return value;
  }
}

describeEachEngine('stall cache warmed after an import', (engine) => {
  let database: Database;
  const cache = new CountingCache();
  let stop: () => void = () => {};

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    stop = warmStallsAfterImports(database, cache, () => TODAY);
    const report = await runImport(database, await writeFolder(stallFixtureFiles()), { preset: 'generic' });
    expect(report.errors).toEqual([]);
  });
  afterAll(async () => {
    stop();
    await database?.close();
  });

  it('judges the org once after the import, and serves the org and a team from it', async () => {
    // The warm-up starts once the import has committed and reads a few small tables first.
    await vi.waitFor(() => expect(cache.last).not.toBeNull(), { timeout: 20_000, interval: 20 });
    const warmed = await cache.last!;
    expect(cache.judgements).toBe(1);
    expect(warmed.signalled.length).toBeGreaterThan(3);
    const orgId = await ensureOrg(database.pool);
    const fresh = await findStalledDeals(database, orgId, TODAY, { ownerIds: null });
    expect(await findStalledDeals(database, orgId, TODAY, { ownerIds: null }, cache)).toEqual(fresh);
    const { rows: [manager] } = await database.pool.query<{ id: number }>(
      "SELECT id FROM people WHERE org_id = $1 AND role = 'manager' ORDER BY id LIMIT 1", [orgId]);
    const team = await idsInScope(database.pool, orgId, { kind: 'subtree', rootPersonId: manager!.id });
    expect(await findStalledDeals(database, orgId, TODAY, { ownerIds: team }, cache))
      .toEqual(await findStalledDeals(database, orgId, TODAY, { ownerIds: team }));
    expect(cache.judgements).toBe(1);
  });
});
