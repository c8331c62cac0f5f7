// The app's PostgreSQL pool runs with JIT off (src/db/client.ts): analytics queries spent
// more time JIT-compiling than executing at 1M deals. Checked on every pooled connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { openTestDatabase, POSTGRES_ADMIN_URL } from '../helpers/test-database.ts';

(POSTGRES_ADMIN_URL ? describe : describe.skip)('PostgreSQL session settings of the app pool', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase('postgres'); });
  afterAll(async () => { await database?.close(); });

  it('has jit off on every connection, while the server default is on', async () => {
    const clients = await Promise.all([database.pool.connect(), database.pool.connect(), database.pool.connect()]);
    try {
      for (const client of clients) {
        expect((await client.query<{ jit: string }>('SHOW jit')).rows[0]!.jit).toBe('off');
        const reset = await client.query<{ boot: string }>("SELECT boot_val AS boot FROM pg_settings WHERE name = 'jit'");
        expect(reset.rows[0]!.boot).toBe('on');
      }
    } finally {
      for (const client of clients) client.release();
    }
  });
});
