// `npm run bench -- [--deals N] [--engine embedded|postgres|both] [--pg-url URL] [--only NAME] [--keep-db DIR] [--json]`
// Runs every benchmark module in BENCHMARKS on the chosen engine. With --json, stdout
// carries ONE JSON document per engine run:
//   { engine, scale: { reps, deals, stageChanges }, results: [ { name, medianMs, p95Ms,
//     baselineMedianMs, ratio } ], maxEventLoopBlockMs, import?, details, machine }
// and with --engine both, a JSON array of two such documents. Progress goes to stderr.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { BenchEngine, BenchResult, BenchmarkModule } from './benchmark-module.ts';
import { analyticsBenchmark } from './benchmarks/analytics.ts';
import { importBenchmark } from './benchmarks/import.ts';
import { stallsBenchmark } from './benchmarks/stalls.ts';
import { REPS } from './data/generate-people.ts';
import { ensureImportData } from './generate-import-data.ts';
import { serverVersion } from './import/scratch-postgres.ts';
import { describeMachine } from './machine-load.ts';

const BENCHMARKS: BenchmarkModule[] = [importBenchmark, analyticsBenchmark, stallsBenchmark];

const Flags = z.object({
  deals: z.coerce.number().int().min(1).default(1_000_000),
  engine: z.enum(['embedded', 'postgres', 'both']).default('embedded'),
  'pg-url': z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL').default('postgres://postgres@127.0.0.1:5432/test'),
  only: z.enum(BENCHMARKS.map((b) => b.name) as [string, ...string[]]).optional(),
  json: z.boolean().default(false),
  'keep-db': z.string().min(1).optional(),
});

const { values } = parseArgs({
  options: {
    deals: { type: 'string' }, engine: { type: 'string' }, 'pg-url': { type: 'string' },
    only: { type: 'string' }, json: { type: 'boolean' }, 'keep-db': { type: 'string' },
  },
  strict: true,
});
const parsed = Flags.safeParse(values);
if (!parsed.success) {
  console.error(`bench: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
const flags = parsed.data;
const engines: BenchEngine[] = flags.engine === 'both' ? ['embedded', 'postgres'] : [flags.engine];
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const machine = {
  ...describeMachine(),
  postgres: engines.includes('postgres') ? await serverVersion(flags['pg-url']) : null,
  date: new Date().toISOString(),
};
log(`machine: ${machine.cpus} cpus, ${machine.memGb} GB, load ${machine.loadavg.join(' ')}, node ${machine.node}`);

const data = await ensureImportData(flags.deals, log);
const scale = { reps: REPS, deals: data.manifest.rows.opportunities, stageChanges: data.manifest.rows.stageHistory };

type Document = {
  engine: BenchEngine;
  scale: typeof scale;
  results: BenchResult[];
  maxEventLoopBlockMs: number | null;
  [extra: string]: unknown;
};

const documents: Document[] = [];
for (const engine of engines) {
  const document: Document = { engine, scale, results: [], maxEventLoopBlockMs: null };
  const details: Record<string, unknown> = {};
  for (const benchmark of BENCHMARKS) {
    if (flags.only && flags.only !== benchmark.name) continue;
    log(`benchmark ${benchmark.name}: ${scale.deals.toLocaleString('en')} deals on ${engine}`);
    const run = await benchmark.run({ engine, deals: flags.deals, data, pgAdminUrl: flags['pg-url'], keepDbDir: flags['keep-db'] ?? null, log });
    document.results.push(...run.results);
    if (run.maxEventLoopBlockMs != null) {
      document.maxEventLoopBlockMs = Math.max(document.maxEventLoopBlockMs ?? 0, run.maxEventLoopBlockMs);
    }
    Object.assign(document, run.extra ?? {});
    Object.assign(details, run.details ?? {});
    if (!flags.json) for (const result of run.results) console.log(formatResult(engine, result));
  }
  document.details = details;
  document.machine = { ...machine, loadavgAtEnd: describeMachine().loadavg };
  if (!flags.json) console.log(`${engine.padEnd(8)} max event-loop block: ${document.maxEventLoopBlockMs ?? 'n/a'} ms`);
  documents.push(document);
}
if (flags.json) console.log(JSON.stringify(flags.engine === 'both' ? documents : documents[0], null, 2));

function formatResult(engine: BenchEngine, r: BenchResult): string {
  const ms = (v: number | null) => (v === null ? 'n/a' : `${v.toLocaleString('en')} ms`);
  const baseline = r.baselineMedianMs === null ? '' : `, baseline ${ms(r.baselineMedianMs)}, ratio ${r.ratio}`;
  return `${engine.padEnd(8)} ${r.name.padEnd(34)} median ${ms(r.medianMs)}, p95 ${ms(r.p95Ms)}${baseline}`;
}
