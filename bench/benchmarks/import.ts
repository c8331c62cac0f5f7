// Import benchmark: our whole import (generic preset, child process, empty database)
// against the engine's own bulk load of the same CSV files, on one engine.
import type { BenchContext, BenchEngine, BenchmarkModule } from '../benchmark-module.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportDataManifest } from '../generate-import-data.ts';
import { withScratchTarget } from '../import/scratch-target.ts';
import { loadRawEmbedded } from '../import/raw-embedded.ts';
import { loadRawPostgres, type RawLoad } from '../import/raw-postgres.ts';
import { runImportChild, type ChildResult } from '../import/run-import-child.ts';
import { dumpProductRows, measureSchemaFloor, type ImportFloor } from '../import/schema-floor.ts';
import { sampleLoad, type LoadDuring } from '../machine-load.ts';

export type ImportBenchRow = {
  engine: BenchEngine;
  deals: number;
  stageHistoryRows: number;
  peopleRows: number;
  rows: number;
  oursSeconds: number;
  oursRowsPerSecond: number;
  rawSeconds: number;
  rawRowsPerSecond: number;
  /** ours rows/s ÷ raw rows/s; the target is ≥ 0.5. */
  ratio: number;
  /** Peak RSS of the import's process, PGlite worker included; the target is < 1 GB. */
  peakRssMb: number;
  /** RSS just after opening the database, before importing (PGlite's own footprint). */
  rssAfterOpenMb: number;
  oursCpuSeconds: number;
  /** Part of ours spent in the analytics refresh that runs inside the import (src/db/analytics). */
  analyticsRefreshSeconds: number;
  /** The ratio with that refresh left out: the import's own speed. */
  ratioWithoutAnalyticsRefresh: number;
  loadavg: LoadDuring;
  /** Where our import's time went: query time by kind, and the rest (reading, parsing). */
  oursTime: { sqlSeconds: number; outsideSqlSeconds: number; topQueries: { label: string; calls: number; seconds: number }[] };
  /**
   * The schema floor (bench/import/schema-floor.ts): our import's stored rows COPYed into
   * the product's own tables, with every key in place (indexed) or taken off and rebuilt
   * (bulk); ratioIndexed and ratioBulk are raw ÷ floor, the best ratio any import could reach.
   */
  floor: ImportFloor;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// In the document: one `results` row, `import_full` (one run, so p95Ms is null):
// medianMs = our import's time, baselineMedianMs = the raw bulk load's, ratio = ours ÷ raw
// in time (the inverse of the rows/s ratio below); the full row goes under `import`.
export const importBenchmark: BenchmarkModule = {
  name: 'import',
  run: async (context) => {
    const row = await benchEngine(context.engine, context.data.folder, context.data.manifest, context);
    const oursMs = Math.round(row.oursSeconds * 1000);
    const rawMs = Math.round(row.rawSeconds * 1000);
    context.log(formatRow(row));
    return {
      results: [{ name: 'import_full', medianMs: oursMs, p95Ms: null, baselineMedianMs: rawMs, ratio: round(oursMs / rawMs, 2) }],
      extra: { import: row },
    };
  },
};

const formatRow = (r: ImportBenchRow) =>
  `${r.engine.padEnd(8)} deals ${r.deals.toLocaleString('en')}: ours ${Math.round(r.oursRowsPerSecond).toLocaleString('en')} rows/s `
  + `(${r.oursSeconds} s), raw ${Math.round(r.rawRowsPerSecond).toLocaleString('en')} rows/s (${r.rawSeconds} s), `
  + `ratio ${r.ratio} (${r.ratioWithoutAnalyticsRefresh} without the ${r.analyticsRefreshSeconds} s analytics refresh), `
  + `schema floor: indexed ${r.floor.indexedSeconds} s (ratio ${r.floor.ratioIndexed}), bulk ${r.floor.bulkSeconds} s (ratio ${r.floor.ratioBulk}), `
  + `peak RSS ${r.peakRssMb} MB, load ${r.loadavg.mean} (max ${r.loadavg.max})`;

async function benchEngine(
  engine: BenchEngine, folder: string, manifest: ImportDataManifest, context: BenchContext,
): Promise<ImportBenchRow> {
  const { log } = context;
  const load = sampleLoad();
  log(`import ${engine}: raw baseline`);
  const raw = await withScratch(engine, context, 'raw', (target) => engine === 'postgres'
    ? loadRawPostgres(target, folder)
    : loadRawEmbedded(target, folder, log));
  checkRawRows(raw, manifest);
  log(`import ${engine}: raw ${raw.seconds.toFixed(1)} s; now our import (child process)`);
  const dumpFolder = await mkdtemp(join(tmpdir(), 'cb-bench-floor-dump-'));
  let floor: ImportFloor;
  let ours: ChildResult;
  try {
    // Our import's rows are dumped while its scratch database still exists.
    const imported = await withScratch(engine, context, 'ours', async (target) => {
      const result = await runImportChild(folder, target, log);
      checkOurCounts(result, manifest);
      log(`import ${engine}: ours ${result.seconds.toFixed(1)} s; dumping its rows for the schema floor`);
      return { result, dump: await dumpProductRows(engine, target, dumpFolder) };
    });
    ours = imported.result;
    floor = await measureSchemaFloor(engine, context.pgAdminUrl, imported.dump, raw.seconds, log);
  } finally {
    await rm(dumpFolder, { recursive: true, force: true });
  }
  const total = manifest.rows.people + manifest.rows.opportunities + manifest.rows.stageHistory;
  return {
    engine,
    deals: manifest.deals,
    stageHistoryRows: manifest.rows.stageHistory,
    peopleRows: manifest.rows.people,
    rows: total,
    oursSeconds: round(ours.seconds),
    oursRowsPerSecond: Math.round(total / ours.seconds),
    rawSeconds: round(raw.seconds),
    rawRowsPerSecond: Math.round(total / raw.seconds),
    ratio: round(raw.seconds / ours.seconds, 3),
    peakRssMb: Math.round(ours.maxRssKb / 1024),
    rssAfterOpenMb: Math.round(ours.rssAfterOpenMb),
    oursCpuSeconds: round(ours.cpuSeconds, 1),
    analyticsRefreshSeconds: round(ours.analyticsSeconds),
    ratioWithoutAnalyticsRefresh: round(raw.seconds / (ours.seconds - ours.analyticsSeconds), 3),
    loadavg: load.stop(),
    oursTime: {
      sqlSeconds: round(ours.sqlSeconds),
      outsideSqlSeconds: round(ours.seconds - ours.sqlSeconds),
      topQueries: ours.sql.slice(0, 12).map((q) => ({ ...q, seconds: round(q.seconds) })),
    },
    floor,
  };
}

/** Runs `work` against a fresh, empty database of the engine, removed afterwards. */
function withScratch<T>(engine: BenchEngine, context: BenchContext, kind: string, work: (target: string) => Promise<T>): Promise<T> {
  return withScratchTarget(engine, context.pgAdminUrl, kind, work);
}

function checkRawRows(raw: RawLoad, manifest: ImportDataManifest): void {
  for (const [file, expected] of Object.entries(manifest.rows)) {
    if (raw.rows[file] !== expected) throw new Error(`raw load: ${file} has ${raw.rows[file]} rows, expected ${expected}`);
  }
}

function checkOurCounts(ours: ChildResult, manifest: ImportDataManifest): void {
  if (ours.errorCount > 0) throw new Error(`our import reported ${ours.errorCount} errors: ${JSON.stringify(ours.errors)}`);
  const expected = { people: manifest.rows.people, opportunities: manifest.rows.opportunities, stageHistory: manifest.rows.stageHistory };
  for (const [entity, rows] of Object.entries(expected)) {
    const created = ours.counts[entity]?.created;
    if (created !== rows) throw new Error(`our import created ${created} ${entity}, expected ${rows}`);
  }
}
