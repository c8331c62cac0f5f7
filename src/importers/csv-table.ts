// A CSV file seen through its header: which field lives in which column. The header is
// read eagerly (so that missing columns are reported before anything is written); the
// rows are streamed lazily, each time `rows()` is called.
import type { ProblemSink } from './import-plan.ts';
import { readCsvBatches, readCsvHeader } from './read-csv.ts';
import { RowReader, type ColumnAt } from './row-reader.ts';

export type ColumnRule = {
  /** Accepted header names, best first; matched ignoring case, spaces and punctuation. */
  headers: readonly string[];
  /** What the column holds, for messages: "the opportunity's owner". Makes it required. */
  required?: string;
  /** Named by the user's mapping file: an absent column is then an error, not a default. */
  explicit?: boolean;
};

export type TableSpec<F extends string> = {
  path: string;
  /** The name shown in problems (relative to the import folder). */
  file: string;
  columns: Partial<Record<F, ColumnRule>>;
  /** Warn about header names no field uses (for layouts whose names we define). */
  warnUnusedHeaders?: boolean;
};

export type Table<F extends string> = {
  file: string;
  path: string;
  /** Cells in the header: a record with another count is ragged. */
  width: number;
  has: (field: F) => boolean;
  /** Where a field's cells are in a record (0-based), or null without the column. */
  indexOf: (field: F) => number | null;
  /** A reader over one record's cells, reporting to the table's sink (for records split elsewhere). */
  rowAt: (line: number, cells: readonly string[]) => RowReader<F>;
  /** Streams the data rows; `quiet` reads without reporting (for a second pass over a file). */
  rows: (options?: { quiet?: boolean }) => AsyncGenerator<RowReader<F>>;
  /** The same rows in batches, for the hot path (one await per batch, not per row). */
  batches: (options?: { quiet?: boolean }) => AsyncGenerator<RowReader<F>[]>;
};

const QUIET: ProblemSink = { error: () => {}, warning: () => {} };

/** Header names compared the forgiving way: 'Deal owner' = 'deal_owner' = 'DealOwner'. */
export function headerKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Reads and checks the header; null (with the problems reported) when the file is unusable. */
export async function openTable<F extends string>(spec: TableSpec<F>, sink: ProblemSink): Promise<Table<F> | null> {
  const header = await readCsvHeader(spec.path, spec.file, sink);
  if (header === null) return null;
  const byKey = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!byKey.has(key)) byKey.set(key, index);
  });
  const columns = new Map<F, ColumnAt>();
  const used = new Set<number>();
  let usable = true;
  for (const [field, rule] of Object.entries(spec.columns) as [F, ColumnRule | undefined][]) {
    if (!rule) continue;
    const index = rule.headers.map((name) => byKey.get(headerKey(name))).find((at) => at !== undefined);
    if (index !== undefined) {
      columns.set(field, { header: header[index] ?? rule.headers[0] ?? field, index });
      used.add(index);
    } else if (rule.required || rule.explicit) {
      usable = false;
      const wanted = rule.headers[0] ?? field;
      const why = rule.required ? `missing required column "${wanted}" (${rule.required})` : `column "${wanted}" named in the mapping is not in the header`;
      sink.error({ file: spec.file, line: 1, column: wanted, value: null, message: `${why}; found: ${header.join(', ')}` });
    }
  }
  if (spec.warnUnusedHeaders) {
    const known = Object.values<ColumnRule | undefined>(spec.columns).flatMap((rule) => rule?.headers.slice(0, 1) ?? []);
    header.forEach((name, index) => {
      if (used.has(index)) return;
      sink.warning({ file: spec.file, line: 1, column: name, value: name, message: `column is not used; expected one of: ${known.join(', ')}` });
    });
  }
  if (!usable) return null;
  return {
    file: spec.file,
    path: spec.path,
    width: header.length,
    has: (field) => columns.has(field),
    indexOf: (field) => columns.get(field)?.index ?? null,
    rowAt: (line, cells) => new RowReader<F>(spec.file, line, cells, columns, sink),
    rows: async function* rows(options = {}) {
      for await (const batch of batches(options)) yield* batch;
    },
    batches,
  };

  async function* batches(options: { quiet?: boolean } = {}): AsyncGenerator<RowReader<F>[]> {
    const rowSink = options.quiet ? QUIET : sink;
    let headerSeen = false;
    // Line 1 problems were reported when the header was read.
    for await (const records of readCsvBatches(spec.path, spec.file, rowSink, { reportFrom: 2 })) {
      const rows: RowReader<F>[] = [];
      for (const record of records) {
        if (headerSeen) rows.push(new RowReader<F>(spec.file, record.line, record.cells, columns, rowSink));
        headerSeen = true;
      }
      if (rows.length > 0) yield rows;
    }
  }
}
