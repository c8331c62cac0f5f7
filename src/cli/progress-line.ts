// A progress bar on an interactive terminal (stderr): rows read so far against the rows
// the input's CSV files hold (counted up front: newlines are cheap to count), the current
// entity and the rate. Silent when stderr is not a terminal, so logs and pipes stay clean.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type ProgressLine = { update: (entity: string, rows: number) => void; done: () => void };

const WIDTH = 28;

/** Data rows in the CSV files of a folder (or one file): newlines minus one header line per file. */
export async function countCsvRows(input: string): Promise<number> {
  const info = await stat(input);
  const files = info.isDirectory()
    ? (await readdir(input)).filter((f) => f.toLowerCase().endsWith('.csv')).map((f) => join(input, f))
    : [input];
  let total = 0;
  for (const file of files) {
    let lines = 0;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    }
    total += Math.max(lines - 1, 0);
  }
  return total;
}

export function createProgressLine(totalRows: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  const finished = new Map<string, number>();
  let last = 0;
  let shown = false;
  return {
    update: (entity, rows) => {
      finished.set(entity, rows);
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const read = [...finished.values()].reduce((a, b) => a + b, 0);
      const rate = Math.round(read / Math.max((now - started) / 1000, 0.001));
      const share = totalRows ? Math.min(read / totalRows, 1) : 0;
      const filled = Math.round(share * WIDTH);
      const bar = totalRows ? `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${String(Math.floor(share * 100)).padStart(3)}%` : '';
      stream.write(`\r\x1b[2K${bar} ${entity}: ${read.toLocaleString('en-US')} rows read (${rate.toLocaleString('en-US')}/s)`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
