// Step 1 of the analytics benchmark: the generated data imported into an empty database
// with the product's import (in this process), checked, timed as imported (no planner
// statistics yet), then ANALYZE; the database is closed afterwards, ready to be measured
// or kept (kept-database.ts). Returns the setup's figures for details.setup.
import type pg from 'pg';
import { openDatabase } from '../../src/db/client.ts';
import { rebuildDerivedFromFacts } from '../../src/db/analytics/refresh-rep-rollups.ts';
import { analyseOrg } from '../../src/use-cases/analytics/analyse-org.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import type { ImportReport } from '../../src/contract/api.ts';
import type { BenchContext } from '../benchmark-module.ts';
import { GENERATED_AS_OF } from '../data/generate-deal.ts';
import type { ImportDataManifest } from '../generate-import-data.ts';
import { installSqlTimer } from '../import/sql-timer.ts';
import { isFactsRefresh } from './incremental-import.ts';
import { round, timed, timeRuns, watchEventLoop } from './timing.ts';

const AS_IMPORTED_RUNS = 3;

export type PreparedSetup = {
  importSeconds: number;
  importCounts: ImportReport['counts'];
  importSqlSeconds: number;
  /** Time the full import spent rebuilding every deal's facts: the incremental refresh's baseline. */
  factsRefreshSeconds: number;
  importTopQueries: { label: string; calls: number; seconds: number }[];
  eventLoopMaxMsDuringImport: number;
  plannerStatsAsImported: Record<string, unknown>[];
  asImportedBeforeAnalyzeSamplesMs: number[];
  analyzeMs: number;
};

export async function prepareDatabase(target: string, context: BenchContext): Promise<PreparedSetup> {
  const { log, engine, data } = context;
  const say = (line: string) => log(`analytics ${engine}: ${line}`);
  const database = await openDatabase(target, 'bench');
  try {
    say(`importing ${data.manifest.deals.toLocaleString('en')} deals with our import (in this process)`);
    const watch = watchEventLoop();
    const timer = installSqlTimer();
    let imported: { ms: number; value: ImportReport };
    try {
      imported = await timed(() => runImport(database, data.folder, { preset: 'generic', progress: progressLogger(say) }));
    } finally {
      timer.uninstall();
    }
    const eventLoopMs = watch.stop();
    // The full import rebuilt every deal's facts (new stages: refresh 'all'): the cost of
    // recomputing everything, the baseline of the incremental refresh.
    const sql = timer.read();
    const fullRefreshMs = sql.filter((q) => isFactsRefresh(q.label)).reduce((sum, q) => sum + q.seconds * 1000, 0);
    checkFullImport(imported.value, data.manifest);
    say(`imported in ${(imported.ms / 1000).toFixed(1)} s, of which ${(fullRefreshMs / 1000).toFixed(1)} s rebuilding every deal's facts`);
    const orgId = await orgIdOf(database.pool);
    const statsAsImported = await plannerStats(database.pool);
    // The product as imported, before the ANALYZE below (PGlite never analyzes by itself;
    // PostgreSQL's autovacuum does, some time after the import).
    const asImported = await timeRuns(AS_IMPORTED_RUNS, 0, () => analyseOrg(database, orgId, GENERATED_AS_OF, { asOf: GENERATED_AS_OF }),
      (ms, i) => say(`org_rep_kpis as imported (no ANALYZE yet) run ${i + 1}/${AS_IMPORTED_RUNS}: ${ms.toFixed(0)} ms`));
    // Then the state the measurements use: every table analyzed, as autovacuum leaves it
    // on PostgreSQL, so that ours and the baseline are planned with real numbers.
    const analyzed = await timed(() => database.pool.query('ANALYZE'));
    say(`ANALYZE: ${analyzed.ms.toFixed(0)} ms`);
    return {
      importSeconds: round(imported.ms / 1000), importCounts: imported.value.counts,
      importSqlSeconds: round(sql.reduce((sum, q) => sum + q.seconds, 0)), factsRefreshSeconds: round(fullRefreshMs / 1000),
      importTopQueries: sql.slice(0, 8).map((q) => ({ label: q.label, calls: q.calls, seconds: round(q.seconds) })),
      eventLoopMaxMsDuringImport: eventLoopMs, plannerStatsAsImported: statsAsImported,
      asImportedBeforeAnalyzeSamplesMs: asImported.map((v) => round(v)), analyzeMs: round(analyzed.ms),
    };
  } finally {
    await database.close();
    // pg's pool.end() resolves before the server has seen the sockets close; let it, so
    // that copying or dropping the database does not meet live backends.
    if (engine === 'postgres') await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function orgIdOf(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ id: number }>('SELECT id FROM orgs ORDER BY id LIMIT 1');
  if (!rows[0]) throw new Error('no org after the import');
  return rows[0].id;
}

/** What the planner knows of the big tables: reltuples is -1 until ANALYZE/VACUUM ran. */
export async function plannerStats(db: pg.Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(`
    SELECT c.relname AS table, c.reltuples::float8 AS reltuples, s.n_live_tup::float8 AS "liveTuples",
           s.last_analyze AS "lastAnalyze", s.last_autoanalyze AS "lastAutoanalyze", s.last_autovacuum AS "lastAutovacuum"
    FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
    WHERE c.relname IN ('opportunities', 'stage_history', 'deal_stage_facts') AND c.relkind = 'r'
    ORDER BY c.relname`);
  return rows;
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

/**
 * Brings a kept database up to the current code (bench/analytics/kept-database.ts): opening
 * it applies the new migrations; then the derived tables are rebuilt from its stage facts
 * in one transaction and the tables vacuumed and analyzed, as after an import.
 */
export async function upgradeKeptDatabase(target: string, engine: string, say: (line: string) => void): Promise<number> {
  const started = performance.now();
  const database = await openDatabase(target, 'bench');
  try {
    const orgId = await orgIdOf(database.pool);
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await rebuildDerivedFromFacts(client, orgId);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    await database.pool.query('VACUUM (ANALYZE)');
  } finally {
    await database.close();
    if (engine === 'postgres') await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const seconds = round((performance.now() - started) / 1000);
  say(`upgraded the kept database in ${seconds} s`);
  return seconds;
}
