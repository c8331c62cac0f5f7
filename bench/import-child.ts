// One import, end to end, in its own process so that its peak memory is its own:
//   node bin/run-ts.js bench/import-child.ts <folder> <dbTarget>
// Opens <dbTarget> (an empty database; migrations run at open, outside the timing), runs
// the generic preset on <folder>, and prints ONE JSON line on stdout. maxRSS includes the
// PGlite worker thread, which lives in this process.
import { openDatabase } from '../src/db/client.ts';
import { runImport } from '../src/use-cases/run-import.ts';
import { installSqlTimer } from './import/sql-timer.ts';

const [folder, target] = process.argv.slice(2);
const ANALYTICS = /deal_stage_facts|deal_close_facts|rep_stage_months|stage_facts/;
if (!folder || !target) {
  console.error('usage: import-child.ts <folder> <dbTarget>');
  process.exit(2);
}

const sqlTimer = installSqlTimer();
const opened = performance.now();
const database = await openDatabase(target, 'bench');
const openSeconds = (performance.now() - opened) / 1000;
const rssAfterOpenMb = process.memoryUsage().rss / 2 ** 20;
sqlTimer.reset();
// First and last progress report per entity: when its staging started and ended.
const progress = new Map<string, { firstAt: number; lastAt: number; rows: number }>();
const started = performance.now();
try {
  const report = await runImport(database, folder, {
    preset: 'generic',
    progress: (entity, rows) => {
      const now = (performance.now() - started) / 1000;
      const seen = progress.get(entity);
      if (seen) Object.assign(seen, { lastAt: now, rows });
      else {
        progress.set(entity, { firstAt: now, lastAt: now, rows });
        console.error(`import: ${entity} staging at ${now.toFixed(1)} s`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  const sql = sqlTimer.read();
  console.log(JSON.stringify({
    seconds,
    openSeconds,
    counts: report.counts,
    errors: report.errors.slice(0, 20),
    errorCount: report.errors.length,
    warningCount: report.warnings.length,
    maxRssKb: usage.maxRSS,
    rssAfterOpenMb,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    sqlSeconds: sql.reduce((sum, t) => sum + t.seconds, 0),
    // The analytics refresh (src/db/analytics, another module) runs inside the import's
    // transaction; its queries are summed apart so that the import's own time can be read.
    analyticsSeconds: sql.filter((t) => ANALYTICS.test(t.label)).reduce((sum, t) => sum + t.seconds, 0),
    sql: sql.slice(0, 25),
    staging: Object.fromEntries(progress),
  }));
} finally {
  await database.close();
}
