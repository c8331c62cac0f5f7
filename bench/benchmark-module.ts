// What every benchmark of `npm run bench` provides: a name (for --only) and a run on ONE
// engine that returns result rows for the document's `results` list. The runner owns
// flags, the generated data, machine info and output (docs/benchmarks.md).
import type { ImportData } from './generate-import-data.ts';

export type BenchEngine = 'embedded' | 'postgres';

export type BenchContext = {
  engine: BenchEngine;
  deals: number;
  /** The generated input at the requested scale (bench/generate-import-data.ts). */
  data: ImportData;
  /** A PostgreSQL database the benchmarks may connect to, to create their own scratch ones. */
  pgAdminUrl: string;
  /** --keep-db: where prepared databases are kept between runs (bench/analytics/kept-database.ts); null: not kept. */
  keepDbDir: string | null;
  /** Progress: stderr, never stdout (stdout carries the JSON document with --json). */
  log: (line: string) => void;
};

/** One row of the document's `results`: exactly these keys; times in milliseconds. */
export type BenchResult = {
  name: string;
  medianMs: number | null;
  p95Ms: number | null;
  /** The baseline's median on the same engine in the same run; null when there is none. */
  baselineMedianMs: number | null;
  /** medianMs ÷ baselineMedianMs (lower is better); null without a baseline. */
  ratio: number | null;
};

export type BenchmarkRun = {
  results: BenchResult[];
  /** Max event-loop delay of the bench process while this benchmark measured; null if not measured. */
  maxEventLoopBlockMs?: number | null;
  /** Extra top-level keys of the document (e.g. `import`). */
  extra?: Record<string, unknown>;
  /** Supporting figures, by result name (samples, checks, where the time went). */
  details?: Record<string, unknown>;
};

export type BenchmarkModule = {
  name: string;
  run: (context: BenchContext) => Promise<BenchmarkRun>;
};
