// Raw baseline on the embedded engine: PGlite's own COPY … FROM '/dev/blob' of each file,
// on a direct, file-backed PGlite instance in this process (no worker, no socket).
// PGlite holds the blob whole in memory (twice: Blob, then ArrayBuffer), so files are fed
// in chunks of about CHUNK_BYTES cut at line ends (the first with HEADER true). Reading
// the files is inside the timing, as it is for PostgreSQL's COPY FROM STDIN.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { IMPORT_FILES } from '../generate-import-data.ts';
import type { RawLoad } from './raw-postgres.ts';
import { RAW_TABLES } from './raw-tables.ts';

const CHUNK_BYTES = 256 * 2 ** 20;

export async function loadRawEmbedded(
  dataDir: string, folder: string, log: (line: string) => void, chunkBytes = CHUNK_BYTES,
): Promise<RawLoad> {
  const db = await PGlite.create({ dataDir });
  try {
    for (const raw of RAW_TABLES) await db.exec(raw.ddl);
    const started = performance.now();
    for (const raw of RAW_TABLES) {
      let chunks = 0;
      for await (const chunk of lineAlignedChunks(join(folder, IMPORT_FILES[raw.file]), chunkBytes)) {
        await db.query(`COPY ${raw.table} FROM '/dev/blob' WITH (FORMAT csv, HEADER ${chunks === 0})`, [],
          { blob: new Blob([chunk]) });
        chunks += 1;
      }
      if (chunks > 1) log(`raw embedded: ${IMPORT_FILES[raw.file]} loaded in ${chunks} chunks`);
    }
    const seconds = (performance.now() - started) / 1000;
    const rows: Record<string, number> = {};
    for (const raw of RAW_TABLES) {
      const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${raw.table}`);
      rows[raw.file] = result.rows[0]!.n;
    }
    return { seconds, rows };
  } finally {
    await db.close();
  }
}

/** The file in pieces of about chunkBytes (up to one read more), each ending at a newline. */
export async function* lineAlignedChunks(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer<ArrayBuffer>> {
  let parts: Buffer<ArrayBuffer>[] = [];
  let size = 0;
  for await (const piece of createReadStream(path, { highWaterMark: 8 * 2 ** 20 }) as AsyncIterable<Buffer<ArrayBuffer>>) {
    parts.push(piece);
    size += piece.length;
    if (size < chunkBytes) continue;
    const whole = Buffer.concat(parts, size);
    const cut = whole.lastIndexOf(10) + 1;
    if (cut === 0) continue;
    yield whole.subarray(0, cut);
    parts = [whole.subarray(cut)];
    size = whole.length - cut;
  }
  if (size > 0) yield Buffer.concat(parts, size);
}
