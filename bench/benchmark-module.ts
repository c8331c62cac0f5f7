// What every benchmark of `npm run bench` provides: a name (its key in the JSON output)
// and a run that returns its result rows. The runner owns flags, machine info and output.
export type BenchEngine = 'embedded' | 'postgres';

export type BenchContext = {
  deals: number;
  engines: readonly BenchEngine[];
  /** A PostgreSQL database the benchmarks may connect to, to create their own scratch ones. */
  pgAdminUrl: string;
  /** Progress: stderr, never stdout (stdout carries the JSON document with --json). */
  log: (line: string) => void;
};

export type BenchmarkModule<Row = unknown> = {
  name: string;
  run: (context: BenchContext) => Promise<Row[]>;
  /** Human-readable lines for the rows, when not --json. */
  format: (rows: Row[]) => string[];
};
