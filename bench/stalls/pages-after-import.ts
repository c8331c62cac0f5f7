// Step 4 of the stalls benchmark: what a manager meets after an import. The data version is
// bumped (untimed; what every import does, so every cached judgement is stale), then the
// server's warm-up is started as after an import (what warmStallsAfterImports runs, here for
// the bench's as-of date), and team pages are called while it runs and once it is done.
import type { Database } from '../../src/db/client.ts';
import { findStalledDeals } from '../../src/use-cases/stalls/find-stalled-deals.ts';
import { stallCacheOf } from '../../src/use-cases/stalls/stall-reference-cache.ts';
import { median, p95, round, timed } from '../analytics/timing.ts';

export type PagesAfterImport = {
  warmUpMs: number;
  /** Team pages called one after another while the warm-up ran. */
  duringWarmUp: { calls: number; medianMs: number | null; maxMs: number | null };
  /** Team pages called once it was done. */
  afterWarmUp: { calls: number; medianMs: number; p95Ms: number; maxMs: number };
};

const CALLS_AFTER = 50;

export async function pagesAfterImport(
  database: Database, orgId: number, asOf: string, managers: readonly number[], callPage: (managerId: number) => Promise<unknown>,
): Promise<PagesAfterImport> {
  await database.pool.query('UPDATE orgs SET data_version = data_version + 1 WHERE id = $1', [orgId]);
  let done = false;
  const warmUp = timed(() => findStalledDeals(database, orgId, asOf, { asOf, ownerIds: null }, stallCacheOf(database)))
    .finally(() => { done = true; });
  const during: number[] = [];
  for (let i = 0; !done; i += 1) during.push((await timed(() => callPage(managers[i % managers.length]!))).ms);
  const { ms: warmUpMs } = await warmUp;
  const after: number[] = [];
  for (let i = 0; i < CALLS_AFTER; i += 1) after.push((await timed(() => callPage(managers[(i * 7) % managers.length]!))).ms);
  return {
    warmUpMs: round(warmUpMs),
    duringWarmUp: {
      calls: during.length, medianMs: during.length ? round(median(during)) : null, maxMs: during.length ? round(Math.max(...during)) : null,
    },
    afterWarmUp: { calls: after.length, medianMs: round(median(after)), p95Ms: round(p95(after)), maxMs: round(Math.max(...after)) },
  };
}
