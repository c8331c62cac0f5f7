// Bulk loads through COPY on both engines, inside the caller's open transaction (ADR 015).
// PostgreSQL: COPY … FROM STDIN on the caller's own connection (pg-copy-streams).
// Embedded: PGlite's socket does not speak the COPY sub-protocol, but PGlite is ONE backend
// session, so a COPY … FROM '/dev/blob' run by the worker that owns it, between two of the
// socket client's queries, runs inside that client's transaction (a rollback undoes it).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Worker } from 'node:worker_threads';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Loads COPY text chunks (tab-separated, \N for NULL) into `table`'s `columns`; returns
 * the rows loaded. The client must be idle (no query in flight) while this runs.
 */
export type CopyInto = (client: pg.PoolClient, table: string, columns: readonly string[], chunks: AsyncIterable<string>) => Promise<number>;

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
const target = (table: string, columns: readonly string[]) =>
  `${table.split('.').map(quoteName).join('.')} (${columns.map(quoteName).join(', ')})`;

export const copyIntoPostgres: CopyInto = async (client, table, columns, chunks) => {
  const stream = client.query(copyFrom(`COPY ${target(table, columns)} FROM STDIN`));
  await pipeline(Readable.from(chunks, { objectMode: false }), stream);
  return stream.rowCount;
};

type CopyReply = { type: 'copied'; id: number; rows: number } | { type: 'copyFailed'; id: number; message: string; code?: string };

/** The embedded engine's COPY: each chunk is posted (transferred, not copied) to the worker. */
export function copyIntoEmbedded(worker: Worker): CopyInto {
  let nextId = 0;
  const copyChunk = (sql: string, text: string) => new Promise<number>((resolve, reject) => {
    const id = (nextId += 1);
    const bytes = new TextEncoder().encode(text);
    const onMessage = (reply: CopyReply) => {
      if (reply.id !== id) return;
      worker.off('message', onMessage);
      if (reply.type === 'copied') resolve(reply.rows);
      else reject(Object.assign(new Error(reply.message), { code: reply.code }));
    };
    worker.on('message', onMessage);
    worker.postMessage({ type: 'copy', id, sql, bytes }, [bytes.buffer]);
  });
  return async (_client, table, columns, chunks) => {
    const sql = `COPY ${target(table, columns)} FROM '/dev/blob'`;
    const iterator = chunks[Symbol.asyncIterator]();
    let rows = 0;
    // The next chunk is built while the worker loads this one (two threads, two cores).
    let next = iterator.next();
    try {
      for (;;) {
        const result = await next;
        if (result.done) return rows;
        next = iterator.next();
        next.catch(() => {}); // awaited on the next turn; must not count as unhandled meanwhile
        rows += await copyChunk(sql, result.value);
      }
    } catch (error) {
      await next.catch(() => {});
      await iterator.return?.();
      throw error;
    }
  };
}
