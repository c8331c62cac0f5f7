// Analytics benchmark, on one engine (docs/benchmarks.md):
//   1. imports the generated data into a fresh database with the product's import (in this
//      process; the import benchmark measures imports), times analyseOrg 3 times on the
//      tables as imported (details only), then runs ANALYZE: every figure below is on
//      analyzed tables;
//   2. org_rep_kpis: analyseOrg (every rep's KPIs, segments, stage conversion and gaps)
//      computed cold, without a cache, 7 runs after 1 warm-up, against the baseline: the
//      straightforward single query of bench/analytics/baseline-rep-kpis.ts, 3 runs after
//      1 warm-up, whose figures must equal ours (checked);
//   3. manager_queue: GET /api/v1/analytics/queue through the real HTTP server in this
//      process, with an admin's API token, 200 calls across the managers after one warming
//      call (its time is reported as coldFirstCallMs);
//   4. incremental_import_1000: 3 imports of "a day's changes" (1,000 open deals moved one
//      stage forward, amount changed), each checked: the facts of those deals changed, no
//      other deal's facts were rewritten; incremental_facts_refresh_1000 is the facts-refresh
//      part of those imports, against recomputing every deal's facts (the same queries'
//      time in step 1's import, which rebuilt all facts).
// The event loop of this process (where the server runs; PGlite has its own worker thread)
// is watched during 2–4: maxEventLoopBlockMs.
import { rm } from 'node:fs/promises';
import type pg from 'pg';
import type { BenchContext, BenchmarkModule, BenchmarkRun, BenchResult } from '../benchmark-module.ts';
import { baselineRepKpis, type BaselineRep } from '../analytics/baseline-rep-kpis.ts';
import { startBenchServer, type BenchServer } from '../analytics/bench-server.ts';
import { movableDeals, writeDailyChanges } from '../analytics/daily-changes.ts';
import { median, p95, round, timed, timeRuns, watchEventLoop } from '../analytics/timing.ts';
import { GENERATED_AS_OF } from '../data/generate-deal.ts';
import type { ImportDataManifest } from '../generate-import-data.ts';
import { sampleLoad } from '../machine-load.ts';
import { installSqlTimer } from '../import/sql-timer.ts';
import { withScratchTarget } from '../import/scratch-target.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { analyseOrg, type OrgAnalysis } from '../../src/use-cases/analytics/analyse-org.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import type { ImportReport } from '../../src/contract/api.ts';

const KPI_RUNS = 7;
const AS_IMPORTED_RUNS = 3;
const BASELINE_RUNS = 3;
const QUEUE_CALLS = 200;
const DAILY_DEALS = 1_000;
const DAILY_BATCHES = 3;

export const analyticsBenchmark: BenchmarkModule = {
  name: 'analytics',
  run: (context) => withScratchTarget(context.engine, context.pgAdminUrl, 'analytics', (target) => benchAnalytics(target, context)),
};

async function benchAnalytics(target: string, context: BenchContext): Promise<BenchmarkRun> {
  const { log, engine, data } = context;
  const say = (line: string) => log(`analytics ${engine}: ${line}`);
  const database = await openDatabase(target, 'bench');
  let server: BenchServer | null = null;
  try {
    say(`importing ${data.manifest.deals.toLocaleString('en')} deals with our import (in this process)`);
    const setupWatch = watchEventLoop();
    const setupTimer = installSqlTimer();
    let imported: { ms: number; value: ImportReport };
    try {
      imported = await timed(() => runImport(database, data.folder, { preset: 'generic', progress: progressLogger(say) }));
    } finally {
      setupTimer.uninstall();
    }
    const setupEventLoopMs = setupWatch.stop();
    // The full import rebuilt every deal's facts (new stages: refresh 'all'): the cost of
    // recomputing everything, the baseline of the incremental refresh.
    const setupSql = setupTimer.read();
    const fullRefreshMs = setupSql.filter((q) => isFactsRefresh(q.label)).reduce((sum, q) => sum + q.seconds * 1000, 0);
    checkFullImport(imported.value, data.manifest);
    say(`imported in ${(imported.ms / 1000).toFixed(1)} s, of which ${(fullRefreshMs / 1000).toFixed(1)} s rebuilding every deal's facts`);
    const orgId = await orgIdOf(database.pool);
    const statsAsImported = await plannerStats(database.pool);

    // The product as imported: no planner statistics on the new tables yet (PGlite never
    // analyzes by itself; PostgreSQL's autovacuum does, some time after the import).
    const asImported = await timeRuns(AS_IMPORTED_RUNS, 0, () => analyseOrg(database, orgId, GENERATED_AS_OF, { asOf: GENERATED_AS_OF }),
      (ms, i) => say(`org_rep_kpis as imported (no ANALYZE yet) run ${i + 1}/${AS_IMPORTED_RUNS}: ${ms.toFixed(0)} ms`));
    // Then the state the measurements below use: every table analyzed, as autovacuum
    // leaves it on PostgreSQL, so that ours and the baseline are planned with real numbers.
    const analyzed = await timed(() => database.pool.query('ANALYZE'));
    say(`ANALYZE: ${analyzed.ms.toFixed(0)} ms`);
    const statsBefore = await plannerStats(database.pool);
    const eventLoop: Record<string, number> = {};
    // Other jobs on the machine delay this process's event loop as much as its own work
    // does: every figure carries the load it was measured under.
    const load = sampleLoad();

    // org_rep_kpis: ours, cold every time (no cache), then the baseline.
    let watch = watchEventLoop();
    const last: { analysis?: OrgAnalysis; baseline?: BaselineRep[] } = {};
    const ours = await timeRuns(KPI_RUNS, 1, () => analyseOrg(database, orgId, GENERATED_AS_OF, { asOf: GENERATED_AS_OF }),
      (ms, i, value) => { last.analysis = value; say(`org_rep_kpis run ${i + 1}/${KPI_RUNS}: ${ms.toFixed(0)} ms`); });
    eventLoop.org_rep_kpis = watch.stop();
    const ourAnalysis = last.analysis!;
    watch = watchEventLoop();
    const baseline = await timeRuns(BASELINE_RUNS, 1, () => baselineRepKpis(database.pool, orgId, ourAnalysis.window),
      (ms, i, rows) => { last.baseline = rows; say(`baseline run ${i + 1}/${BASELINE_RUNS}: ${ms.toFixed(0)} ms`); });
    eventLoop.org_rep_kpis_baseline = watch.stop();
    const equivalence = compareWithBaseline(ourAnalysis, last.baseline!);
    say(`baseline figures equal ours: ${equivalence.reps} reps, ${equivalence.stageCells} stage cells`);

    // manager_queue through the HTTP API.
    server = await startBenchServer(database);
    const teams = await teamSizes(database.pool, orgId);
    const managers = [...teams.keys()];
    // The bench's own HTTP client (undici, loaded on first use) warmed on a 404 route, so
    // that loading it is not counted as the server blocking.
    await (await fetch(`${server.baseUrl}/api/bench-warm-up`)).text();
    watch = watchEventLoop();
    const cold = await timed(() => callQueue(server!, managers[0]!, teams));
    eventLoop.manager_queue_cold_call = watch.stop();
    watch = watchEventLoop();
    const queue: number[] = [];
    for (let i = 0; i < QUEUE_CALLS; i += 1) {
      queue.push((await timed(() => callQueue(server!, managers[i % managers.length]!, teams))).ms);
    }
    eventLoop.manager_queue = watch.stop();
    say(`manager_queue: cold ${cold.ms.toFixed(0)} ms, then median ${median(queue).toFixed(1)} ms, p95 ${p95(queue).toFixed(1)} ms`);

    // Incremental: a day's changes, DAILY_BATCHES times (different deals each time).
    // (Fewer than 1,000 deals a day only when the data is too small: the name says how many.)
    const movable = await movableDeals(data.folder);
    const dailyDeals = Math.min(DAILY_DEALS, Math.floor(movable.length / DAILY_BATCHES));
    const batches = [];
    for (let b = 0; b < DAILY_BATCHES; b += 1) batches.push(await writeDailyChanges(movable, dailyDeals, DAILY_BATCHES, b));
    const incremental: IncrementalRun[] = [];
    watch = watchEventLoop();
    try {
      for (const batch of batches) {
        const run = await importDailyChanges(database, orgId, batch.folder, batch.externalIds);
        incremental.push(run);
        say(`incremental import of ${dailyDeals} deals: ${run.importMs.toFixed(0)} ms (facts refresh ${run.refreshMs.toFixed(0)} ms)`);
      }
    } finally {
      for (const batch of batches) await rm(batch.folder, { recursive: true, force: true });
    }
    eventLoop.incremental_import = watch.stop();
    const coldAfterImport = await timed(() => callQueue(server!, managers[1 % managers.length]!, teams));
    const statsAfter = await plannerStats(database.pool);
    const loadDuring = load.stop();

    const kpis = result('org_rep_kpis', ours, median(baseline));
    const importMs = incremental.map((r) => r.importMs);
    const refreshMs = incremental.map((r) => r.refreshMs);
    const results: BenchResult[] = [
      kpis,
      result('manager_queue', queue, null),
      result(`incremental_import_${dailyDeals}`, importMs, null),
      result(`incremental_facts_refresh_${dailyDeals}`, refreshMs, fullRefreshMs),
    ];
    const maxEventLoopBlockMs = Math.max(...Object.values(eventLoop));
    return {
      results,
      maxEventLoopBlockMs,
      details: {
        setup: {
          importSeconds: round(imported.ms / 1000), importCounts: imported.value.counts,
          importSqlSeconds: round(setupSql.reduce((sum, q) => sum + q.seconds, 0)), factsRefreshSeconds: round(fullRefreshMs / 1000),
          importTopQueries: setupSql.slice(0, 8).map((q) => ({ label: q.label, calls: q.calls, seconds: round(q.seconds) })),
          eventLoopMaxMsDuringImport: setupEventLoopMs, plannerStatsAsImported: statsAsImported,
          analyzeMs: round(analyzed.ms), plannerStatsBeforeMeasuring: statsBefore, plannerStatsAfterMeasuring: statsAfter,
        },
        eventLoopMaxMsByPhase: eventLoop,
        loadavgDuringMeasurements: loadDuring,
        org_rep_kpis: {
          runs: KPI_RUNS, warmups: 1, samplesMs: ours.map((v) => round(v)),
          asImportedBeforeAnalyzeSamplesMs: asImported.map((v) => round(v)),
          baselineRuns: BASELINE_RUNS, baselineWarmups: 1, baselineSamplesMs: baseline.map((v) => round(v)),
          baselineP95Ms: round(p95(baseline)), window: ourAnalysis.window, reps: ourAnalysis.reps.length,
          baselineEqualsOurs: equivalence,
        },
        manager_queue: {
          calls: QUEUE_CALLS, managers: managers.length, coldFirstCallMs: round(cold.ms),
          coldAfterIncrementalImportMs: round(coldAfterImport.ms), maxMs: round(Math.max(...queue)),
        },
        [`incremental_import_${dailyDeals}`]: {
          batches: DAILY_BATCHES, dealsPerBatch: dailyDeals, movableDeals: movable.length, runs: incremental.map(roundRun),
          fullRefreshBaselineMs: round(fullRefreshMs),
        },
      },
    };
  } finally {
    await server?.close();
    await database.close();
    // pg's pool.end() resolves before the server has seen the sockets close; let it, so
    // that dropping the scratch database does not kill live backends.
    if (engine === 'postgres') await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function result(name: string, samples: number[], baselineMedianMs: number | null): BenchResult {
  const medianMs = round(median(samples));
  return {
    name, medianMs, p95Ms: round(p95(samples)),
    baselineMedianMs: baselineMedianMs === null ? null : round(baselineMedianMs),
    ratio: baselineMedianMs === null ? null : Math.round((median(samples) / baselineMedianMs) * 1000) / 1000,
  };
}

function progressLogger(say: (line: string) => void): (entity: string, rows: number) => void {
  const started = performance.now();
  const seen = new Set<string>();
  return (entity) => {
    if (seen.has(entity)) return;
    seen.add(entity);
    say(`import: ${entity} staging at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
}

function checkFullImport(report: ImportReport, manifest: ImportDataManifest): void {
  if (report.errors.length > 0) throw new Error(`our import reported ${report.errors.length} errors: ${JSON.stringify(report.errors.slice(0, 5))}`);
  const expected = { people: manifest.rows.people, opportunities: manifest.rows.opportunities, stageHistory: manifest.rows.stageHistory };
  for (const [entity, rows] of Object.entries(expected)) {
    const created = report.counts[entity]?.created;
    if (created !== rows) throw new Error(`our import created ${created} ${entity}, expected ${rows}`);
  }
}

async function orgIdOf(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM orgs ORDER BY id LIMIT 1');
  if (!rows[0]) throw new Error('no org after the import');
  return rows[0].id;
}

/** What the planner knows of the big tables: reltuples is -1 until ANALYZE/VACUUM ran. */
async function plannerStats(db: pg.Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(`
    SELECT c.relname AS table, c.reltuples::float8 AS reltuples, s.n_live_tup::float8 AS "liveTuples",
           s.last_analyze AS "lastAnalyze", s.last_autoanalyze AS "lastAutoanalyze", s.last_autovacuum AS "lastAutovacuum"
    FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
    WHERE c.relname IN ('opportunities', 'stage_history', 'deal_stage_facts') AND c.relkind = 'r'
    ORDER BY c.relname`);
  return rows;
}

/** Checks that the baseline returns the same figures as analyseOrg; throws otherwise. */
function compareWithBaseline(analysis: OrgAnalysis, baseline: BaselineRep[]): { reps: number; stageCells: number } {
  const problems: string[] = [];
  const close = (a: number | null, b: number | null) =>
    (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  const byId = new Map(baseline.map((b) => [b.repId, b]));
  if (baseline.length !== analysis.reps.length) problems.push(`baseline has ${baseline.length} reps, ours ${analysis.reps.length}`);
  let stageCells = 0;
  for (const rep of analysis.reps) {
    const b = byId.get(rep.id);
    if (!b) { problems.push(`rep ${rep.id} missing from the baseline`); continue; }
    const k = rep.kpis;
    if (b.wonCount !== k.wonCount || b.lostCount !== k.lostCount) problems.push(`rep ${rep.id}: won/lost ${b.wonCount}/${b.lostCount} vs ${k.wonCount}/${k.lostCount}`);
    if (!close(b.winRate, k.winRate.value)) problems.push(`rep ${rep.id}: win rate ${b.winRate} vs ${k.winRate.value}`);
    if (!close(b.wonValue, k.wonValue)) problems.push(`rep ${rep.id}: won value ${b.wonValue} vs ${k.wonValue}`);
    const theirs = new Map((b.stages ?? []).map((s) => [s.ord, s]));
    for (const row of rep.stages) {
      const s = theirs.get(row.ord) ?? { cohort: 0, converted: 0 };
      const converted = row.conversion.value === null ? 0 : Math.round(row.conversion.value * row.cohort);
      if (s.cohort !== row.cohort || s.converted !== converted) {
        problems.push(`rep ${rep.id} stage ${row.ord}: ${s.converted}/${s.cohort} vs ${converted}/${row.cohort}`);
      }
      theirs.delete(row.ord);
      stageCells += 1;
    }
    for (const extra of theirs.values()) problems.push(`rep ${rep.id}: baseline stage ${extra.ord} unknown to ours`);
  }
  if (problems.length > 0) throw new Error(`the baseline disagrees with ours (${problems.length}): ${problems.slice(0, 8).join('; ')}`);
  return { reps: analysis.reps.length, stageCells };
}

/** Each manager with their number of active reps, managers in id order. */
async function teamSizes(db: pg.Pool, orgId: number): Promise<Map<number, number>> {
  const { rows } = await db.query<{ id: number; n: number }>(`
    SELECT m.id, count(r.id)::int AS n FROM people m
    LEFT JOIN people r ON r.org_id = m.org_id AND r.manager_id = m.id AND r.role = 'rep' AND r.active
    WHERE m.org_id = $1 AND m.role = 'manager' GROUP BY m.id ORDER BY m.id`, [orgId]);
  if (rows.length === 0) throw new Error('no managers in the imported data');
  return new Map(rows.map((r) => [r.id, r.n]));
}

type QueueBody = { manager: { id: number }; coach: unknown[]; talentFit: unknown[]; lightTouch: unknown[] };

async function callQueue(server: BenchServer, managerId: number, teams: Map<number, number>): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/v1/analytics/queue?managerId=${managerId}&asOf=${GENERATED_AS_OF}`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`queue of manager ${managerId}: HTTP ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as QueueBody;
  const listed = body.coach.length + body.talentFit.length + body.lightTouch.length;
  if (body.manager.id !== managerId || listed !== teams.get(managerId)) {
    throw new Error(`queue of manager ${managerId}: ${listed} reps listed for manager ${body.manager.id}, expected ${teams.get(managerId)}`);
  }
}

type IncrementalRun = {
  importMs: number;
  refreshMs: number;
  sqlMs: number;
  touchedFactsBefore: number;
  touchedFactsAfter: number;
  untouchedFacts: number;
  factsRowsWrittenByImport: number;
  topQueries: { label: string; calls: number; ms: number }[];
};

const roundRun = (r: IncrementalRun) => ({
  ...r, importMs: round(r.importMs), refreshMs: round(r.refreshMs), sqlMs: round(r.sqlMs),
});

type FactsOfDeal = { id: number; n: number; top: number };

/**
 * The queries of refreshDealStageFacts, by their sql-timer labels: those on facts_touched
 * or deal_stage_facts, and its ANALYZE of the CRM tables (the import's other ANALYZEs are
 * of its staging and lookup tables).
 */
const isFactsRefresh = (label: string) => /facts_touched|deal_stage_facts|^analyze .*\bstage_history\b/.test(label);

/**
 * Imports one day's changes through runImport, timed; times the facts refresh inside it
 * (the queries on facts_touched / deal_stage_facts); then checks that every changed deal's
 * facts moved one stage on, that the facts count of the other deals is unchanged, and
 * that the import's transaction wrote no facts row of any other deal (xmin).
 */
async function importDailyChanges(database: Database, orgId: number, folder: string, externalIds: string[]): Promise<IncrementalRun> {
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
  if (!written || written.untouched !== 0 || written.touched !== sum(after)) {
    throw new Error(`incremental: the import's transaction wrote ${written?.touched} facts rows of the changed deals (expected ${sum(after)}) and ${written?.untouched} of others (expected 0)`);
  }
  return {
    importMs,
    refreshMs: sql.filter((q) => isFactsRefresh(q.label)).reduce((s, q) => s + q.seconds * 1000, 0),
    sqlMs: sql.reduce((s, q) => s + q.seconds * 1000, 0),
    touchedFactsBefore: sum(before),
    touchedFactsAfter: sum(after),
    untouchedFacts: untouchedAfter,
    factsRowsWrittenByImport: written.touched,
    topQueries: sql.slice(0, 8).map((q) => ({ label: q.label, calls: q.calls, ms: round(q.seconds * 1000) })),
  };
}
