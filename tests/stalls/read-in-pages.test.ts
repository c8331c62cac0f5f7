// readInPages (src/db/read-in-pages.ts) on both engines: every row, in order, across pages;
// a failing query rolls back and hands its client back, so the pool keeps working.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { readInPages } from '../../src/db/read-in-pages.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

describeEachEngine('reading a result in pages', (engine) => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(engine); });
  afterAll(async () => { await database?.close(); });

  it.each([[25, 10], [30, 10], [0, 10], [9, 10]])('%i rows, %i per page: all of them, in order', async (n, page) => {
    const rows = await readInPages<{ g: number; t: string }>(database.pool,
      'SELECT g, $2::text AS t FROM generate_series(1, $1::int) g ORDER BY g', [n, 'x'], page);
    expect(rows).toEqual(Array.from({ length: n }, (_, i) => ({ g: i + 1, t: 'x' })));
  });

  it('a failing query rolls back and frees its client', async () => {
    await expect(readInPages(database.pool, 'SELECT 1 / (g - 15) FROM generate_series(1, 30) g', [], 10)).rejects.toThrow(/division by zero/);
    const { rows } = await database.pool.query<{ ok: number }>('SELECT 1 AS ok');
    expect(rows).toEqual([{ ok: 1 }]);
    expect(await readInPages(database.pool, 'SELECT 1 AS ok', [])).toEqual([{ ok: 1 }]);
  });
});
