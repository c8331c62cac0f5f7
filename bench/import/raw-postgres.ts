// Raw baseline on PostgreSQL: COPY … FROM STDIN (FORMAT csv, HEADER true) of each file,
// streamed from disk with pg-copy-streams, into the plain tables of raw-tables.ts.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { IMPORT_FILES } from '../generate-import-data.ts';
import { RAW_TABLES } from './raw-tables.ts';

export type RawLoad = { seconds: number; rows: Record<string, number> };

export async function loadRawPostgres(url: string, folder: string): Promise<RawLoad> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const raw of RAW_TABLES) await client.query(raw.ddl);
    const started = performance.now();
    for (const raw of RAW_TABLES) {
      const copy = client.query(copyFrom(`COPY ${raw.table} FROM STDIN (FORMAT csv, HEADER true)`));
      await pipeline(createReadStream(join(folder, IMPORT_FILES[raw.file]), { highWaterMark: 1 << 20 }), copy);
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, rows: await countRows(client) };
  } finally {
    await client.end();
  }
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const raw of RAW_TABLES) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${raw.table}`);
    rows[raw.file] = Number(result.rows[0]!.n);
  }
  return rows;
}
