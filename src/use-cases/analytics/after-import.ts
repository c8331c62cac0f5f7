// What analytics does once an import has committed (ADR 012): after a large import, VACUUM
// (ANALYZE) the tables the analysis reads, so their visibility map lets the covering
// indexes be read alone (PGlite never vacuums by itself, and PostgreSQL's autovacuum comes
// some time later); then tell every server on this database to recompute its org analysis
// and its org's stall judgement now, so the first manager after the import does not wait.
import type { ImportReport } from '../../contract/api.ts';
import type { Database } from '../../db/client.ts';
import { ensureOrg } from '../../db/queries/orgs.ts';
import { findStalledDeals } from '../stalls/find-stalled-deals.ts';
import type { StallReferenceCache } from '../stalls/stall-reference-cache.ts';
import { analyseOrg, type AnalysisCache } from './analyse-org.ts';

// Share of the org's deals an import must create or change to count as large.
const LARGE_SHARE = 0.1;
const READ_TABLES = 'deal_stage_facts, deal_close_facts, rep_stage_months, opportunities, stage_history';

type Listener = (orgId: number) => Promise<unknown>;
const listeners = new WeakMap<Database, Set<Listener>>();

/** Called by runImport once its transaction is over. Never throws: the import itself succeeded. */
export async function afterImportCommitted(database: Database, report: ImportReport): Promise<void> {
  const changed = (entity: string) => (report.counts[entity]?.created ?? 0) + (report.counts[entity]?.updated ?? 0);
  const deals = changed('opportunities') + changed('stageHistory');
  if (report.dryRun || deals === 0) return;
  try {
    const orgId = await ensureOrg(database.pool);
    const { rows: [table] } = await database.pool.query<{ deals: number }>(
      "SELECT reltuples::float8 AS deals FROM pg_class WHERE oid = 'opportunities'::regclass");
    const total = table?.deals ?? 0;
    if (total <= 0 || changed('opportunities') > total * LARGE_SHARE) await database.pool.query(`VACUUM (ANALYZE) ${READ_TABLES}`);
    void warmInTurn(database, orgId);
  } catch (error) {
    console.error('after import: analytics upkeep failed:', (error as Error).message);
  }
}

/**
 * Keeps `cache` warm: after every import committed through this process on `database`, the
 * org's default analysis is computed in the background (requests meanwhile wait for the
 * same promise). Returns a function that stops it.
 */
export function warmAnalysisAfterImports(database: Database, cache: AnalysisCache, today: () => string): () => void {
  return listen(database, (orgId) => {
    return analyseOrg(database, orgId, today(), {}, cache).catch((error: Error) => reportWarmUpFailure(database, 'the analysis', error));
  });
}

/**
 * The same for stall detection (ADR 014): after every import committed through this process
 * on `database`, the org's open deals as of the default date are read, sorted and judged in
 * the background (stepwise: requests are answered meanwhile), so that neither the org's first
 * request nor a team's pays the cold path. Returns a function that stops it.
 */
export function warmStallsAfterImports(database: Database, cache: StallReferenceCache, today: () => string): () => void {
  return listen(database, (orgId) => {
    return findStalledDeals(database, orgId, today(), { ownerIds: null }, cache).catch((error: Error) => reportWarmUpFailure(database, 'stall detection', error));
  });
}

// A warm-up still running when the database is closed (a CLI import that exits, a test or
// bench that closes its pool) fails on the ended pool: nothing was lost, nothing to say.
function reportWarmUpFailure(database: Database, what: string, error: Error): void {
  if (database.pool.ending) return;
  console.error(`after import: warming ${what} failed:`, error.message);
}

// The warm-ups run one after another, in the background, never side by side: on a small
// machine two at once keep two PostgreSQL backends busy (both cores of the 2-core bench
// machine) while the server's event loop waits for a core (a 147 ms block holding 37 ms of
// our CPU, docs/benchmarks.md). A request meanwhile joins or computes what it needs itself.
async function warmInTurn(database: Database, orgId: number): Promise<void> {
  for (const listener of [...(listeners.get(database) ?? [])]) await listener(orgId);
}

function listen(database: Database, listener: Listener): () => void {
  const set = listeners.get(database) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(database, set);
  return () => set.delete(listener);
}
