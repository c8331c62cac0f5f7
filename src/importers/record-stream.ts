// Turning a table into a RecordStream: rows are read lazily each time the stream is
// opened, failed rows are left out (their errors are already reported), and per-stream
// state such as repair tallies starts afresh on every read and is flushed at the end.
import type { Located, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import type { RowReader } from './row-reader.ts';

export type RowMapper<F extends string, T> = {
  /** The record for a row, or null to leave the row out (with a reported reason). */
  map: (row: RowReader<F>) => T | null;
  /** Called after the last row: flush summary warnings here. */
  finish?: () => void;
};

export function streamTable<F extends string, T>(table: Table<F>, start: () => RowMapper<F, T>): RecordStream<T> {
  return async function* stream() {
    const mapper = start();
    for await (const rows of table.batches()) {
      for (const row of rows) {
        const record = mapper.map(row);
        if (record !== null && !row.failed) yield { record, file: row.file, line: row.line };
      }
    }
    mapper.finish?.();
  };
}

/** Reads a small table whole (reference files: teams, products), problems reported now. */
export async function readWholeTable<F extends string, T>(
  table: Table<F>, start: () => RowMapper<F, T>,
): Promise<Located<T>[]> {
  const records: Located<T>[] = [];
  for await (const located of streamTable(table, start)()) records.push(located);
  return records;
}

export function streamList<T>(records: readonly Located<T>[]): RecordStream<T> {
  return async function* stream() {
    yield* records;
  };
}
