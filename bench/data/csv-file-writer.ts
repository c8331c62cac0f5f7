// Writes CSV lines to a file through a string buffer flushed every ~1 MB, waiting for
// 'drain' so that memory stays bounded however many rows are generated.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_CHARS = 1 << 20;

export type CsvFileWriter = {
  /** Appends one line (without its newline); cells must not need quoting. */
  line: (text: string) => Promise<void> | undefined;
  close: () => Promise<void>;
  rows: () => number;
};

export function createCsvFileWriter(path: string, header: readonly string[]): CsvFileWriter {
  const out: WriteStream = createWriteStream(path);
  let buffer = `${header.join(',')}\n`;
  let rows = 0;
  const flush = async () => {
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    // Returns a promise only when a flush happened, so the hot path allocates none.
    line: (text) => {
      buffer += `${text}\n`;
      rows += 1;
      return buffer.length >= FLUSH_CHARS ? flush() : undefined;
    },
    close: async () => {
      await flush();
      out.end();
      await once(out, 'finish');
    },
    rows: () => rows,
  };
}
