// Stages one entity's file into its staging table by the fastest lane that keeps the
// parser lane's reports: a plain file through the raw lane (JavaScript checks + COPY,
// ADR 015), anything else (or a file found not to be plain) through the preset's record
// stream. A pool without COPY (not opened by openDatabase) stages the stream by INSERT.
import type { RawCsvSource, RecordStream } from '../../importers/import-plan.ts';
import { copyRawCsv } from './copy-raw-csv.ts';
import type { ImportContext } from './import-context.ts';
import { stageRecords, type StagingColumn } from './staging-table.ts';

export async function stageFile<T>(
  ctx: ImportContext, table: string, columns: StagingColumn<T>[], stream: RecordStream<T>,
  raw: RawCsvSource<T> | undefined, onProgress?: (rows: number) => void,
): Promise<number> {
  if (raw && ctx.copyInto) {
    const staged = await copyRawCsv(ctx, ctx.copyInto, table, columns, raw, onProgress);
    if (staged !== null) return staged;
  }
  return stageRecords(ctx.client, table, columns, stream(), onProgress, ctx.copyInto);
}
