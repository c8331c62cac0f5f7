// "A day's changes" imported through runImport and checked (docs/benchmarks.md, step 4):
// the changed deals' facts moved one stage on, no other deal's facts were written.
import { performance as nodePerformance } from 'node:perf_hooks';
import pg from 'pg';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import type { ImportReport } from '../../src/contract/api.ts';
import { installSqlTimer } from '../import/sql-timer.ts';
import { schedstat } from './event-loop-blocks.ts';
import { round, timed } from './timing.ts';

export type IncrementalRun = {
  importMs: number;
  refreshMs: number;
  sqlMs: number;
  /** How long the run first waited for the previous import's background work to finish. */
  waitedForQuietMs: number;
  touchedFactsBefore: number;
  touchedFactsAfter: number;
  untouchedFacts: number;
  factsRowsWrittenByImport: number;
  topQueries: { label: string; calls: number; ms: number }[];
  /** Every query of the facts and rollups refresh, by label. */
  refreshQueries: { label: string; calls: number; ms: number }[];
};

export const roundRun = (r: IncrementalRun) => ({
  ...r, importMs: round(r.importMs), refreshMs: round(r.refreshMs), sqlMs: round(r.sqlMs), waitedForQuietMs: round(r.waitedForQuietMs),
});

// Queries of this process in flight. After each import the server recomputes the org's
// analysis and stall judgement in the background (src/use-cases/analytics/after-import.ts);
// back-to-back batches would otherwise be timed while the previous batch's warm-up still
// runs (on the embedded engine, queued on its one connection), which a day's import, a day
// after the last one, never meets.
let inFlight = 0;
let lastActive = 0;
function trackQueries(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; cbTracked?: boolean };
  if (proto.cbTracked) return;
  const original = proto.query;
  const settled = () => { inFlight -= 1; lastActive = performance.now(); };
  proto.query = function trackedQuery(this: unknown, ...args: unknown[]) {
    // pg.Pool's own query() passes a callback (no promise): the warm-ups' long statements
    // come that way, and at 2M deals one ran 3 s with the event loop idle, which looked quiet.
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      inFlight += 1;
      let done = false;
      args[args.length - 1] = (...results: unknown[]) => {
        if (!done) { done = true; settled(); }
        return (callback as (...r: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    if (!(returned instanceof Promise)) return returned;
    inFlight += 1;
    return returned.finally(settled);
  };
  proto.cbTracked = true;
}

/**
 * Waits until no query of this process has run for `quietMs` AND its event loop was idle over
 * the last `quietMs` (utilization under 5 %: the stall warm-up judges and sorts stepwise in
 * JavaScript between its queries); at most `maxMs`. Returns the ms waited. While the bench's
 * V8 profiler runs (COACHBOARD_BENCH_PROFILE) the loop's utilization reads ~97 % even when
 * idle, so idle is then the main thread on a CPU under 5 % of the time (~2 % when idle).
 */
async function waitForQuiet(quietMs = 1_000, maxMs = 120_000): Promise<number> {
  trackQueries();
  const started = performance.now();
  const byCpu = Boolean(process.env.COACHBOARD_BENCH_PROFILE) && schedstat() !== null;
  let windowStart = performance.now();
  let windowBusy = busySince(byCpu);
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = performance.now();
    if (now - windowStart < quietMs) continue;
    if (windowBusy() < 0.05 && inFlight === 0 && now - lastActive >= quietMs) break;
    windowStart = now;
    windowBusy = busySince(byCpu);
  }
  return performance.now() - started;
}

/** How busy this process is from now on, read when the returned function is called: event-loop utilization, or the main thread's share of CPU time. */
function busySince(byCpu: boolean): () => number {
  const at = performance.now();
  if (byCpu) {
    const cpu = schedstat()![0];
    return () => (schedstat()![0] - cpu) / (performance.now() - at);
  }
  const elu = nodePerformance.eventLoopUtilization();
  return () => nodePerformance.eventLoopUtilization(elu).utilization;
}

type FactsOfDeal = { id: number; n: number; top: number };

/**
 * The queries of refreshDealStageFacts, by their sql-timer labels: those on facts_touched
 * or deal_stage_facts, and its ANALYZE of the CRM tables (the import's other ANALYZEs are
 * of its staging and lookup tables).
 */
export const isFactsRefresh = (label: string) =>
  /facts_touched|facts_new|close_new|deal_stage_facts|deal_close_facts|rep_stage_months|analytics_extents|reltuples|^analyze .*\bstage_history\b|array_agg\(id ORDER BY position|FROM orgs WHERE id <> \$1/.test(label);

/**
 * Imports one day's changes through runImport, timed; times the facts refresh inside it
 * (the queries on facts_touched / deal_stage_facts); then checks that every changed deal's
 * facts moved one stage on, that the facts count of the other deals is unchanged, and
 * that the import's transaction wrote no facts row of any other deal (xmin).
 */
export async function importDailyChanges(database: Database, orgId: number, folder: string, externalIds: string[]): Promise<IncrementalRun> {
  const db = database.pool;
  const ids = (await db.query<{ id: number }>(
    'SELECT id FROM opportunities WHERE org_id = $1 AND external_id = ANY($2::text[]) ORDER BY id', [orgId, externalIds])).rows.map((r) => r.id);
  if (ids.length !== externalIds.length) throw new Error(`incremental: ${ids.length} of ${externalIds.length} deals found`);
  const factsOf = async () => new Map((await db.query<FactsOfDeal>(`
    SELECT opportunity_id AS id, count(*)::int AS n, max(stage_ord)::int AS top FROM deal_stage_facts
    WHERE org_id = $1 AND opportunity_id = ANY($2::int[]) GROUP BY 1`, [orgId, ids])).rows.map((r) => [r.id, r]));
  const totalFacts = async () => (await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM deal_stage_facts WHERE org_id = $1', [orgId])).rows[0]!.n;
  const sum = (facts: Map<number, FactsOfDeal>) => [...facts.values()].reduce((s, f) => s + f.n, 0);

  const waitedForQuietMs = await waitForQuiet();
  const before = await factsOf();
  const untouchedBefore = (await totalFacts()) - sum(before);
  const timer = installSqlTimer();
  let report: ImportReport;
  let importMs: number;
  try {
    ({ value: report, ms: importMs } = await timed(() => runImport(database, folder, { preset: 'generic' })));
  } finally {
    timer.uninstall();
  }
  const sql = timer.read();
  if (report.errors.length > 0) throw new Error(`incremental import reported errors: ${JSON.stringify(report.errors.slice(0, 5))}`);
  if (report.counts.opportunities?.updated !== ids.length || report.counts.stageHistory?.created !== ids.length) {
    throw new Error(`incremental import counts: ${JSON.stringify(report.counts)}`);
  }

  const after = await factsOf();
  const unchanged = ids.filter((id) => {
    const b = before.get(id);
    const a = after.get(id);
    return !b || !a || a.top !== b.top + 1 || a.n !== b.n + 1;
  });
  if (unchanged.length > 0) throw new Error(`incremental: ${unchanged.length} changed deals' facts did not move one stage on (e.g. #${unchanged[0]})`);
  const untouchedAfter = (await totalFacts()) - sum(after);
  if (untouchedAfter !== untouchedBefore) throw new Error(`incremental: other deals' facts went from ${untouchedBefore} to ${untouchedAfter} rows`);
  const { rows: [written] } = await db.query<{ touched: number; untouched: number }>(`
    SELECT count(*) FILTER (WHERE f.opportunity_id = ANY($2::int[]))::int AS touched,
           count(*) FILTER (WHERE NOT f.opportunity_id = ANY($2::int[]))::int AS untouched
    FROM deal_stage_facts f
    WHERE f.org_id = $1 AND f.xmin::text = (SELECT xmin::text FROM import_runs WHERE org_id = $1 ORDER BY id DESC LIMIT 1)`,
  [orgId, ids]);
  // Only changed rows are rewritten: at least each changed deal's new stage row, at most all its rows.
  if (!written || written.untouched !== 0 || written.touched < ids.length || written.touched > sum(after)) {
    throw new Error(`incremental: the import's transaction wrote ${written?.touched} facts rows of the changed deals (expected ${ids.length}..${sum(after)}) and ${written?.untouched} of others (expected 0)`);
  }
  const refresh = sql.filter((q) => isFactsRefresh(q.label));
  const inMs = (q: { label: string; calls: number; seconds: number }) => ({ label: q.label, calls: q.calls, ms: round(q.seconds * 1000) });
  return {
    importMs,
    refreshMs: refresh.reduce((s, q) => s + q.seconds * 1000, 0),
    sqlMs: sql.reduce((s, q) => s + q.seconds * 1000, 0),
    waitedForQuietMs,
    touchedFactsBefore: sum(before),
    touchedFactsAfter: sum(after),
    untouchedFacts: untouchedAfter,
    factsRowsWrittenByImport: written.touched,
    topQueries: sql.slice(0, 12).map(inMs),
    refreshQueries: refresh.map(inMs),
  };
}
