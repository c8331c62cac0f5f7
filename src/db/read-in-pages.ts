// Reads a large result a page at a time: a cursor on a client of its own, inside a read-only
// transaction, one FETCH per page, and a turn of the event loop between pages. Used where a
// result has hundreds of thousands of rows (the org's open deals for stall detection: 200,000
// at 1M deals), which the driver would otherwise parse in bursts that held the event loop up
// to 150 ms (docs/benchmarks.md, the analytics bench's incremental-import phase). A page of
// 10,000 such rows still took 40-60 ms of parsing in one turn (2M deals, profiled): 2,000.
import type pg from 'pg';

const PAGE_ROWS = 2_000;

/** Runs a read-only query through a cursor on a client of its own, `pageRows` rows per FETCH, yielding between pages. */
export async function readInPages<T extends object>(pool: pg.Pool, sql: string, params: unknown[], pageRows = PAGE_ROWS): Promise<T[]> {
  if (!Number.isSafeInteger(pageRows) || pageRows < 1) throw new Error(`pageRows must be a positive integer, got ${pageRows}`);
  const client = await pool.connect();
  const rows: T[] = [];
  try {
    await client.query('BEGIN READ ONLY');
    // Every row is read: plan for all of them, as the plain query would (the default, 0.1,
    // favours plans that return the first rows fast).
    await client.query('SET LOCAL cursor_tuple_fraction = 1.0');
    await client.query(`DECLARE paged_rows NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const page = await client.query<T>(`FETCH ${pageRows} FROM paged_rows`);
      for (const row of page.rows) rows.push(row);
      if (page.rows.length < pageRows) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return rows;
}
