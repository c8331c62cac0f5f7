// `npm run bench -- [--deals N] [--engine embedded|postgres|both] [--pg-url URL] [--json]`
// Runs every benchmark module in BENCHMARKS in turn. With --json, stdout carries ONE JSON
// document ({ machine, <benchmark name>: rows }); progress always goes to stderr.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { BenchEngine, BenchmarkModule } from './benchmark-module.ts';
import { importBenchmark } from './benchmarks/import.ts';
import { serverVersion } from './import/scratch-postgres.ts';
import { describeMachine } from './machine-load.ts';

// Later benchmarks (analytics…) are added here.
const BENCHMARKS: BenchmarkModule[] = [importBenchmark as BenchmarkModule];

const Flags = z.object({
  deals: z.coerce.number().int().min(1).default(1_000_000),
  engine: z.enum(['embedded', 'postgres', 'both']).default('both'),
  'pg-url': z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL').default('postgres://postgres@127.0.0.1:5432/test'),
  only: z.string().optional(),
  json: z.boolean().default(false),
});

const { values } = parseArgs({
  options: {
    deals: { type: 'string' }, engine: { type: 'string' }, 'pg-url': { type: 'string' },
    only: { type: 'string' }, json: { type: 'boolean' },
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

const output: Record<string, unknown> = { machine };
for (const benchmark of BENCHMARKS) {
  if (flags.only && flags.only !== benchmark.name) continue;
  log(`benchmark ${benchmark.name}: ${flags.deals.toLocaleString('en')} deals on ${engines.join(', ')}`);
  const rows = await benchmark.run({ deals: flags.deals, engines, pgAdminUrl: flags['pg-url'], log });
  output[benchmark.name] = rows;
  if (!flags.json) for (const line of benchmark.format(rows)) console.log(line);
}
if (flags.json) console.log(JSON.stringify(output, null, 2));
