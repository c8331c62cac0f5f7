// Streams the records of a CSV file with their physical line numbers, in bounded memory.
// File-level trouble (unreadable, UTF-16 without BOM, unterminated quote) and record-level
// trouble (ragged rows, invalid UTF-8) is reported here; a bad record is not yielded, and
// reading goes on so that a dry run lists every problem.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import type { ProblemSink } from './import-plan.ts';
import { createUtf8Normaliser, sniffEncoding, type SniffedEncoding } from './detect-encoding.ts';
import { LineIndex } from './line-index.ts';
import { readableBatches } from './readable-batches.ts';

export type CsvRecord = { line: number; cells: string[] };
export type ReadCsvOptions = {
  /** Problems on lines before this one are not reported (they were, when the header was read). */
  reportFrom?: number;
  headerOnly?: boolean;
};

// A quoted field that never closes would otherwise swallow the rest of the file.
const MAX_RECORD_CHARS = 1_000_000;
const SNIFF_BYTES = 64 * 1024;
const UTF8_MESSAGE = 'expected UTF-8 text; re-save the file as UTF-8';
// A file saved as Latin-1 has invalid UTF-8 on nearly every line: list the first ones only.
const MAX_ENCODING_ERRORS = 100;

/** Records one at a time (for small reads: headers, tests). */
export async function* readCsvRecords(
  path: string, file: string, sink: ProblemSink, options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(path, file, sink, options)) yield* batch;
}

/** Records in batches of whatever the parser has ready: the fast path for big files. */
export async function* readCsvBatches(
  path: string, file: string, sink: ProblemSink, options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecord[]> {
  const reportFrom = options.reportFrom ?? 1;
  const report = (line: number, column: string | null, value: string | null, message: string) => {
    if (line >= reportFrom) sink.error({ file, line, column, value, message });
  };
  const head = await readHead(path);
  if (!head.ok) return report(1, null, null, `cannot read the file (${head.reason})`);
  const sniffed = sniffEncoding(head.bytes);
  if (sniffed.looksLikeBomlessUtf16) return report(1, null, null, `${UTF8_MESSAGE} (it looks like UTF-16 without a byte-order mark)`);

  const index = new LineIndex();
  const parser = parse({
    delimiter: sniffDelimiter(head.bytes, sniffed), relax_column_count: true, relax_quotes: true,
    skip_empty_lines: true, info: true, max_record_size: MAX_RECORD_CHARS,
  });
  pipeline(createReadStream(path), createUtf8Normaliser(sniffed), index.transform(), parser, () => {
    // Errors surface through the parser's batches below.
  });

  let header: string[] | null = null;
  let consumed = 0;
  let encodingErrors = 0;
  let firstUnlisted = 0;
  try {
    for await (const parsed of readableBatches<{ record: string[]; info: { bytes: number } }>(parser)) {
      const batch: CsvRecord[] = [];
      for (const { record, info } of parsed) {
        const endLine = index.lineAt(Math.max(info.bytes - 1, consumed));
        const line = endLine - countBreaks(record, index.lineBreak);
        index.release(info.bytes);
        consumed = info.bytes;
        if (index.hasInvalidUtf8(line, endLine)) {
          encodingErrors += 1;
          const at = record.findIndex((cell) => cell.includes('\uFFFD'));
          if (encodingErrors === MAX_ENCODING_ERRORS + 1) firstUnlisted = line;
          if (encodingErrors <= MAX_ENCODING_ERRORS) {
            report(line, at >= 0 ? (header?.[at] ?? `column ${at + 1}`) : null, at >= 0 ? (record[at] ?? null) : null, UTF8_MESSAGE);
          }
          if (header !== null) continue;
        }
        if (header === null) {
          header = record;
        } else if (record.length !== header.length) {
          if (isBlank(record)) continue;
          report(line, null, record.join(',').slice(0, 200), raggedMessage(record.length, header.length));
          continue;
        } else if (isBlank(record)) {
          // Spreadsheets leave rows of bare delimiters at the end; they carry no data.
          continue;
        }
        batch.push({ line, cells: record });
        if (options.headerOnly) break;
      }
      if (batch.length > 0) yield batch;
      if (options.headerOnly && header !== null) return;
    }
  } catch (error) {
    report(index.lineAt(consumed), null, null, describeParseError(error));
  } finally {
    parser.destroy();
  }
  if (encodingErrors > MAX_ENCODING_ERRORS) {
    const more = (encodingErrors - MAX_ENCODING_ERRORS).toLocaleString('en-US');
    report(firstUnlisted, null, null, `${UTF8_MESSAGE} (${more} more lines with invalid UTF-8 from this line on are not listed: the file is probably in another encoding)`);
  }
}

export function raggedMessage(fields: number, expected: number): string {
  return `line has ${fields} fields; expected ${expected} like the header (look for an unquoted comma or a missing field)`;
}

export function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** The header record's cells, or null when the file cannot be read (already reported). */
export async function readCsvHeader(path: string, file: string, sink: ProblemSink): Promise<string[] | null> {
  for await (const record of readCsvRecords(path, file, sink, { headerOnly: true })) return record.cells;
  return null;
}

/** The delimiter the parser will use for this file (',' when the file cannot be read). */
export async function readDelimiter(path: string): Promise<string> {
  const head = await readHead(path);
  return head.ok ? sniffDelimiter(head.bytes, sniffEncoding(head.bytes)) : ',';
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field that starts on this line is never closed; expected a closing "';
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return `a record starting on this line is over ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters; expected a closing " (unterminated quote?)`;
  }
  return `cannot parse the file as CSV (${(error as Error).message ?? String(error)}); reading stopped here`;
}

function countBreaks(cells: string[], lineBreak: string): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf(lineBreak); at !== -1; at = cell.indexOf(lineBreak, at + 1)) count += 1;
  }
  return count;
}

type Head = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

async function readHead(path: string): Promise<Head> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return { ok: true, bytes: buffer.subarray(0, bytesRead) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

// Excel writes ';' in locales with a decimal comma and '\t' for "Unicode text"; the header
// line tells which (the most frequent of the three outside quotes; ',' on a tie).
function sniffDelimiter(head: Uint8Array, sniffed: SniffedEncoding): string {
  const label = sniffed.encoding === 'utf8' ? 'utf-8' : sniffed.encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  const text = new TextDecoder(label).decode(head.subarray(sniffed.bomLength));
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [char, count] of counts) if (count > (counts.get(best) ?? 0)) best = char;
  return best;
}
