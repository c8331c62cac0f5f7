// The raw lane with JavaScript doing the splitting and checking, and COPY doing the
// writing (ADR 015, replacing ADR 013's one-SQL-statement-per-chunk where the engine has
// COPY). Each plain line is split and checked by the same narrow rules as the SQL lane
// (src/importers/raw-line-rules.ts); a line the rules vouch for becomes a COPY row of the
// staging table, any other line goes at once, in line order, through the preset's own row
// mapper, so that its problems read exactly as on the parser lane. Returns null, with
// nothing staged or reported, when the file is not plain: the caller then streams it.
import type { RawCsvSource } from '../../importers/import-plan.ts';
import { compileLineRule } from '../../importers/raw-line-rules.ts';
import type { CopyInto } from '../copy-into.ts';
import type { ImportContext } from './import-context.ts';
import { copyField, CopyTextBuffer } from './copy-text.ts';
import type { StagingColumn } from './staging-table.ts';

// About 2 MB of COPY text per chunk: per-statement costs are already negligible, and the
// embedded engine's peak RSS at 100k deals was 75 MB lower than with 8 MB chunks (it holds
// each chunk as a blob in PGlite's heap, which never shrinks).
const CHUNK_CHARS = 2 * 1024 * 1024;

export async function copyRawCsv<T>(
  ctx: ImportContext, copy: CopyInto, table: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
  onProgress?: (rows: number) => void,
): Promise<number | null> {
  // The whole file is checked to be plain before any line is mapped: the mapper reports
  // problems as it goes, and the parser lane must not report them a second time.
  if (!(await source.isPlain())) return null;
  const delimiter = await source.delimiter();
  const rule = compileLineRule(source, columns.map((c) => c.name));
  const file = copyField(source.file);
  const mapper = source.leftovers();
  const buffer = new CopyTextBuffer(CHUNK_CHARS);

  async function* copyText(): AsyncGenerator<string> {
    for await (const chunk of source.chunks()) {
      if (chunk.kind !== 'lines') throw new Error(`${source.file} changed while it was being imported`);
      const text = chunk.text;
      let line = chunk.firstLine;
      for (let start = 0; start < text.length; line += 1) {
        const end = text.indexOf('\n', start);
        const content = text.slice(start, end);
        start = end + 1;
        if (content === '') continue;
        const cells = content.split(delimiter);
        const values = rule(cells);
        let fields: string;
        if (values !== null) {
          fields = values.map(copyField).join('\t');
        } else {
          const record = mapper.map(line, cells);
          if (record === null) continue;
          fields = columns.map((c) => copyField(c.value(record))).join('\t');
        }
        const full = buffer.add(`${line}\t${file}\t${fields}`);
        if (full !== null) {
          onProgress?.(buffer.rows);
          yield full;
        }
      }
    }
    mapper.finish();
    const rest = buffer.take();
    if (rest !== null) yield rest;
  }

  const staged = await copy(ctx.client, table, ['line', 'file', ...columns.map((c) => c.name)], copyText());
  onProgress?.(staged);
  return staged;
}
