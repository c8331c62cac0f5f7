// A table offered to the database as a raw source (ADR 013): its chunks of plain lines,
// how each staging column comes from a cell, and the table's own row mapper for the
// records those rules leave over, so that their problems read exactly as on the parser
// path (ragged and blank records included).
import type { RawCellRule, RawCsvSource } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { readRawChunks } from './raw-csv-chunks.ts';
import { isBlank, raggedMessage, readDelimiter } from './read-csv.ts';
import type { RowMapper } from './record-stream.ts';

export function rawSourceOf<F extends string, T>(
  table: Table<F>, cells: Record<string, RawCellRule>, start: () => RowMapper<F, T>,
): RawCsvSource<T> {
  return {
    file: table.file,
    delimiter: () => readDelimiter(table.path),
    width: table.width,
    chunks: () => readRawChunks(table.path),
    cells,
    leftovers: () => {
      const mapper = start();
      return {
        map: (line, record) => {
          if (isBlank(record)) return null;
          const row = table.rowAt(line, record);
          if (record.length !== table.width) {
            row.error(null, raggedMessage(record.length, table.width), record.join(',').slice(0, 200));
            return null;
          }
          const mapped = mapper.map(row);
          return mapped !== null && !row.failed ? mapped : null;
        },
        finish: () => mapper.finish?.(),
      };
    },
  };
}
