// COPY inside the caller's transaction on both engines (ADR 015). On the embedded engine the
// COPY runs in the PGlite worker, outside the socket the pool talks through: it must still
// belong to the pool client's open transaction (rolled back with it, committed with it, and
// aborting it when it fails), as the import's atomicity depends on it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  for (const text of texts) yield text;
}

describeEachEngine('copyInto', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.pool.query('CREATE TABLE copy_probe (n int NOT NULL, label text)');
  });
  afterAll(async () => database?.close());

  const count = async () => (await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM copy_probe')).rows[0]!.n;

  it('loads chunks with NULLs and escapes, inside the transaction: a rollback removes them', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      const rows = await database.copyInto(client, 'copy_probe', ['n', 'label'], chunks('1\ta\\tb\n2\t\\N\n', '3\tc\\\\d\n'));
      expect(rows).toBe(3);
      const seen = await client.query('SELECT n, label FROM copy_probe ORDER BY n');
      expect(seen.rows).toEqual([{ n: 1, label: 'a\tb' }, { n: 2, label: null }, { n: 3, label: 'c\\d' }]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await count()).toBe(0);
  });

  it('keeps the rows when the transaction commits', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await database.copyInto(client, 'copy_probe', ['n'], chunks('7\n'));
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await count()).toBe(1);
    await database.pool.query('DELETE FROM copy_probe');
  });

  it('fails on a bad row and aborts the transaction; nothing of it stays', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO copy_probe VALUES (100, NULL)');
      await expect(database.copyInto(client, 'copy_probe', ['n'], chunks('1\n', 'x\n'))).rejects.toThrow(/integer/);
      await expect(client.query('SELECT 1')).rejects.toThrow(/aborted/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await count()).toBe(0);
    expect((await database.pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
  });
});
