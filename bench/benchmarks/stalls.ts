// Stall detection benchmark, on one engine (docs/stalls.md):
//   1. the analytics benchmark's prepared database (the generated data imported with the
//      product's import, ANALYZE run; untimed, the import benchmark measures imports), or,
//      with --keep-db DIR, a copy of the one kept there (bench/stalls/prepared-stall-database.ts);
//   2. org_stall_scan: findStalledDeals over every open deal of the org, as the server runs
//      it (the org's percentiles, open deals and their verdicts cached per data version by a
//      warm-up call, ADR 014; thresholds, snoozes and the data version read on every call), 7
//      runs after 1 warm-up; org_stall_scan_rejudged: the same with every deal judged again
//      (a thresholds change), 5 runs; org_stall_scan_cold: nothing cached (the first call
//      after an import, or the CLI), 3 runs; all against the baseline: the
//      straightforward single query of bench/stalls/baseline-stall-scan.ts, which computes
//      each stage's p80 from the stage history on every request, 3 runs after 1 warm-up,
//      whose flagged deals must equal ours for the signals it computes (checked);
//   3. manager_stalls_page: GET /api/v1/stalls?managerId=… (a manager's stalled deals, first
//      page) through the real HTTP server in this process: a first call on the cold server, an
//      org-wide call that waits for the org's judgement (both reported apart), then 200 calls
//      across the managers;
//   4. the same pages after an import (bench/stalls/pages-after-import.ts): a new data version,
//      the server's warm-up started as after an import, pages called during and after it.
// The event loop of this process (where the server runs) is watched during 2, 3 and 4.
import type pg from 'pg';
import type { BenchContext, BenchmarkModule, BenchmarkRun, BenchResult } from '../benchmark-module.ts';
import { startBenchServer, type BenchServer } from '../analytics/bench-server.ts';
import { median, p95, round, timed, timeRuns, watchEventLoop } from '../analytics/timing.ts';
import { GENERATED_AS_OF } from '../data/generate-deal.ts';
import { withScratchTarget } from '../import/scratch-target.ts';
import { sampleLoad } from '../machine-load.ts';
import { baselineStallScan, type BaselineStall } from '../stalls/baseline-stall-scan.ts';
import { pagesAfterImport } from '../stalls/pages-after-import.ts';
import { preparedStallDatabase } from '../stalls/prepared-stall-database.ts';
import type { StallReport } from '../../src/core/stalls/detect-stalls.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { stallDataPresence } from '../../src/db/stalls/stall-data-presence.ts';
import { findStalledDeals } from '../../src/use-cases/stalls/find-stalled-deals.ts';
import { StallReferenceCache } from '../../src/use-cases/stalls/stall-reference-cache.ts';

const SCAN_RUNS = 7;
const COLD_RUNS = 3;
const BASELINE_RUNS = 3;
const REJUDGE_RUNS = 5;
const PAGE_CALLS = 200;

export const stallsBenchmark: BenchmarkModule = {
  name: 'stalls',
  run: (context) => withScratchTarget(context.engine, context.pgAdminUrl, 'stalls', (target) => benchStalls(target, context)),
};

async function benchStalls(target: string, context: BenchContext): Promise<BenchmarkRun> {
  const { log, engine } = context;
  const say = (line: string) => log(`stalls ${engine}: ${line}`);
  const setup = await preparedStallDatabase(target, context);
  const database = await openDatabase(target, 'bench');
  try {
    const load = sampleLoad();
    const run = await measureStalls(database, say);
    return { ...run, details: { ...run.details, stalls_setup: setup, stalls_loadavg_during_measurements: load.stop() } };
  } finally {
    await database.close();
    if (engine === 'postgres') await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Steps 2 and 3 on a database that already holds the generated data (GENERATED_AS_OF). */
export async function measureStalls(database: Database, say: (line: string) => void): Promise<BenchmarkRun> {
  let server: BenchServer | null = null;
  try {
    const orgId = await orgIdOf(database.pool);
    const presence = await stallDataPresence(database.pool, orgId);
    if (presence.hasSegments) throw new Error('the generated data has segments: the org-wide baseline would not match ours');
    const eventLoop: Record<string, number> = {};
    const scan = (cache?: StallReferenceCache) =>
      findStalledDeals(database, orgId, GENERATED_AS_OF, { asOf: GENERATED_AS_OF, ownerIds: null }, cache);

    // org_stall_scan_cold: no cache (the first request after an import, or the CLI); then
    // org_stall_scan as the server runs it: the warm-up fills the cache of the percentiles and
    // of the org's open deals; thresholds, snoozes and the data version are read every time.
    let watch = watchEventLoop();
    const last: { report?: StallReport; baseline?: BaselineStall[] } = {};
    const cold = await timeRuns(COLD_RUNS, 0, () => scan(),
      (ms, i) => say(`org_stall_scan_cold run ${i + 1}/${COLD_RUNS}: ${ms.toFixed(0)} ms`));
    const cache = new StallReferenceCache();
    const ours = await timeRuns(SCAN_RUNS, 1, () => scan(cache),
      (ms, i, report) => { last.report = report; say(`org_stall_scan run ${i + 1}/${SCAN_RUNS}: ${ms.toFixed(0)} ms`); });
    // org_stall_scan_rejudged: the percentiles and open deals cached, but every deal judged
    // again, as after a change of thresholds: each run sets another inactivity limit on the
    // org's default row, a new thresholds key with the same verdicts (the generated data has
    // no activities, so no_activity is not evaluated).
    if (presence.hasDealActivities) throw new Error('the generated data has activities: org_stall_scan_rejudged would change verdicts');
    const rejudged: number[] = [];
    for (let i = 0; i < REJUDGE_RUNS; i += 1) {
      await setInactivityLimit(database.pool, orgId, 101 + i); // untimed
      const { ms, value: report } = await timed(() => scan(cache));
      if (report.stalled.length !== last.report!.stalled.length) throw new Error(`rejudged: ${report.stalled.length} stalled, not ${last.report!.stalled.length}`);
      rejudged.push(ms);
      say(`org_stall_scan_rejudged run ${i + 1}/${REJUDGE_RUNS}: ${ms.toFixed(0)} ms`);
    }
    await database.pool.query('DELETE FROM stall_thresholds WHERE org_id = $1', [orgId]);
    eventLoop.org_stall_scan = watch.stop();
    watch = watchEventLoop();
    const baseline = await timeRuns(BASELINE_RUNS, 1, () => baselineStallScan(database.pool, orgId, GENERATED_AS_OF),
      (ms, i, rows) => { last.baseline = rows; say(`baseline run ${i + 1}/${BASELINE_RUNS}: ${ms.toFixed(0)} ms`); });
    eventLoop.org_stall_scan_baseline = watch.stop();
    const report = last.report!;
    const equivalence = compareWithBaseline(report, last.baseline!);
    say(`baseline flags the same deals as ours: ${JSON.stringify(equivalence)}`);

    // manager_stalls_page through the HTTP API.
    server = await startBenchServer(database);
    const managers = await managerIds(database.pool, orgId);
    watch = watchEventLoop();
    // The first call on the cold server answers from the team's own deals and starts the
    // org's read and judgement in the background; an org-wide call (what a leader's page
    // asks) waits for it, like the analytics bench's cache-warming call. Both are reported.
    const firstPage = await timed(() => callPage(server!, managers[0]!));
    const warmOrg = await timed(() => callPage(server!, null));
    say(`manager_stalls_page: first team call ${firstPage.ms.toFixed(0)} ms, then the org-wide call that waits for the org's judgement ${warmOrg.ms.toFixed(0)} ms`);
    const pages: number[] = [];
    let teamOpenDeals = firstPage.value;
    for (let i = 0; i < PAGE_CALLS; i += 1) {
      const page = await timed(() => callPage(server!, managers[i % managers.length]!));
      pages.push(page.ms);
      teamOpenDeals += page.value;
    }
    if (teamOpenDeals === 0) throw new Error('manager_stalls_page: no team had an open deal');
    eventLoop.manager_stalls_page = watch.stop();
    say(`manager_stalls_page: first ${firstPage.ms.toFixed(0)} ms, then median ${median(pages).toFixed(1)} ms, p95 ${p95(pages).toFixed(1)} ms`);
    watch = watchEventLoop();
    const afterImport = await pagesAfterImport(database, orgId, GENERATED_AS_OF, managers, (m) => callPage(server!, m));
    eventLoop.stalls_after_import = watch.stop();
    say(`after an import: warm-up ${afterImport.warmUpMs} ms; ${afterImport.duringWarmUp.calls} team pages meanwhile (max ${afterImport.duringWarmUp.maxMs} ms), then p95 ${afterImport.afterWarmUp.p95Ms} ms`);

    const results: BenchResult[] = [
      result('org_stall_scan', ours, median(baseline)),
      result('org_stall_scan_rejudged', rejudged, median(baseline)),
      result('org_stall_scan_cold', cold, median(baseline)),
      result('manager_stalls_page', pages, null),
    ];
    const signals: Record<string, number> = {};
    for (const v of report.stalled) for (const s of v.signals) signals[s.code] = (signals[s.code] ?? 0) + 1;
    return {
      results,
      maxEventLoopBlockMs: Math.max(...Object.values(eventLoop)),
      details: {
        stalls_presence: presence,
        stalls_event_loop_max_ms_by_phase: eventLoop,
        org_stall_scan: {
          runs: SCAN_RUNS, warmups: 1, samplesMs: ours.map((v) => round(v)), coldRuns: COLD_RUNS, coldSamplesMs: cold.map((v) => round(v)),
          rejudgedSamplesMs: rejudged.map((v) => round(v)),
          baselineRuns: BASELINE_RUNS, baselineWarmups: 1, baselineSamplesMs: baseline.map((v) => round(v)),
          baselineP95Ms: round(p95(baseline)), asOf: report.asOf, openDeals: report.openDeals,
          stalled: report.stalled.length, signals, notEvaluated: report.notEvaluated, baselineEqualsOurs: equivalence,
        },
        manager_stalls_page: {
          calls: PAGE_CALLS, managers: managers.length, firstCallMs: round(firstPage.ms), orgWarmingCallMs: round(warmOrg.ms), maxMs: round(Math.max(...pages)),
        },
        stalls_after_import: afterImport,
      },
    };
  } finally {
    await server?.close();
  }
}

function result(name: string, samples: number[], baselineMedianMs: number | null): BenchResult {
  return {
    name, medianMs: round(median(samples)), p95Ms: round(p95(samples)),
    baselineMedianMs: baselineMedianMs === null ? null : round(baselineMedianMs),
    ratio: baselineMedianMs === null ? null : Math.round((median(samples) / baselineMedianMs) * 1000) / 1000,
  };
}

/** The deals each side flags for days_in_stage and close_date_past must be the same; throws otherwise. */
function compareWithBaseline(report: StallReport, baseline: BaselineStall[]): Record<string, number> {
  const ours = { days_in_stage: new Set<number>(), close_date_past: new Set<number>() };
  for (const v of [...report.stalled, ...report.snoozed]) {
    for (const s of v.signals) if (s.code === 'days_in_stage' || s.code === 'close_date_past') ours[s.code].add(v.deal.id);
  }
  const theirs = {
    days_in_stage: new Set(baseline.filter((b) => b.daysInStage).map((b) => b.id)),
    close_date_past: new Set(baseline.filter((b) => b.closeDatePast).map((b) => b.id)),
  };
  const problems: string[] = [];
  for (const code of ['days_in_stage', 'close_date_past'] as const) {
    const onlyOurs = [...ours[code]].filter((id) => !theirs[code].has(id));
    const onlyTheirs = [...theirs[code]].filter((id) => !ours[code].has(id));
    if (onlyOurs.length + onlyTheirs.length > 0) {
      problems.push(`${code}: ${onlyOurs.length} only ours (e.g. ${onlyOurs.slice(0, 3).join(', ')}), ${onlyTheirs.length} only the baseline's (e.g. ${onlyTheirs.slice(0, 3).join(', ')})`);
    }
  }
  if (problems.length > 0) throw new Error(`the baseline disagrees with ours: ${problems.join('; ')}`);
  return { daysInStage: ours.days_in_stage.size, closeDatePast: ours.close_date_past.size };
}

/** Replaces the org's default threshold row by one with only an inactivity limit. */
async function setInactivityLimit(db: pg.Pool, orgId: number, days: number): Promise<void> {
  await db.query('DELETE FROM stall_thresholds WHERE org_id = $1 AND stage_id IS NULL', [orgId]);
  await db.query('INSERT INTO stall_thresholds (org_id, stage_id, inactive_days) VALUES ($1, NULL, $2)', [orgId, days]);
}

async function orgIdOf(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM orgs ORDER BY id LIMIT 1');
  if (!rows[0]) throw new Error('no org after the import');
  return rows[0].id;
}

async function managerIds(db: pg.Pool, orgId: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>("SELECT id FROM people WHERE org_id = $1 AND role = 'manager' ORDER BY id", [orgId]);
  if (rows.length === 0) throw new Error('no managers in the imported data');
  return rows.map((r) => r.id);
}

/** The team's (managerId null: the org's) open deals, once the answer is checked (HTTP 200, the scope asked for). */
async function callPage(server: BenchServer, managerId: number | null): Promise<number> {
  const team = managerId === null ? '' : `managerId=${managerId}&`;
  const response = await fetch(`${server.baseUrl}/api/v1/stalls?${team}asOf=${GENERATED_AS_OF}&pageSize=50`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`stalls of manager ${managerId}: HTTP ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { scope: { managerId: number }; openDeals: number };
  if ((body.scope.managerId ?? null) !== managerId) throw new Error(`stalls of manager ${managerId}: scope ${body.scope.managerId}`);
  return body.openDeals;
}
