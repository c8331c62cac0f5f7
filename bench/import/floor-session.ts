// One connection to a database of either engine, as the schema floor needs it: plain
// queries, and COPY of text-format files in and out. PostgreSQL: one pg.Client, COPY …
// FROM STDIN / TO STDOUT streamed with pg-copy-streams, as the raw baseline does.
// Embedded: a direct, file-backed PGlite instance in this process (no worker, no socket),
// COPY … FROM / TO '/dev/blob', as bench/import/raw-embedded.ts does; the database must be
// closed by everyone else first (PGlite is one process's folder).
import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { lineAlignedChunks } from './raw-embedded.ts';

export type FloorSession = {
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** COPY `table (columns)` FROM a text-format file (no header). */
  copyIn: (table: string, columns: readonly string[], path: string) => Promise<void>;
  /** COPY (`select`) TO a text-format file. */
  copyOut: (select: string, path: string) => Promise<void>;
  close: () => Promise<void>;
};

const target = (table: string, columns: readonly string[]) => `${table} (${columns.map((c) => `"${c}"`).join(', ')})`;

export async function openPostgresSession(url: string): Promise<FloorSession> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    copyIn: async (table, columns, path) => {
      const copy = client.query(copyFrom(`COPY ${target(table, columns)} FROM STDIN`));
      await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), copy);
    },
    copyOut: async (select, path) => {
      await pipeline(client.query(copyTo(`COPY (${select}) TO STDOUT`)), createWriteStream(path));
    },
    close: () => client.end(),
  };
}

/** `dataDir` is the PGlite folder itself (for a database opened by openDatabase: <target>/pgdata). */
export async function openEmbeddedSession(dataDir: string): Promise<FloorSession> {
  const db = await PGlite.create({ dataDir });
  return {
    query: async <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    copyIn: async (table, columns, path) => {
      // Line-aligned chunks of about 256 MB, like the raw baseline (PGlite holds a blob whole).
      for await (const chunk of lineAlignedChunks(path)) {
        await db.query(`COPY ${target(table, columns)} FROM '/dev/blob'`, [], { blob: new Blob([chunk]) });
      }
    },
    copyOut: async (select, path) => {
      const result = await db.query(`COPY (${select}) TO '/dev/blob'`);
      if (!result.blob) throw new Error(`COPY TO '/dev/blob' gave no blob: ${select}`);
      await writeFile(path, Buffer.from(await result.blob.arrayBuffer()));
    },
    close: () => db.close(),
  };
}
