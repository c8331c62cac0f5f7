// Imports of one org run one at a time (src/db/import/write-import.ts): an import waits for
// the org's import lock while another transaction holds it, and goes on once it is released.
// PostgreSQL only: the embedded engine has one connection, so its imports queue anyway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { IMPORT_LOCK } from '../../src/db/import/write-import.ts';
import { ensureOrg } from '../../src/db/queries/orgs.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { BASE_DEALS, opportunitiesCsv, PEOPLE_CSV, writeFolder } from '../helpers/generic-fixture.ts';
import { openTestDatabase, POSTGRES_ADMIN_URL } from '../helpers/test-database.ts';

// Skipped, as every PostgreSQL test, where no server is configured (COACHBOARD_TEST_PG).
(POSTGRES_ADMIN_URL ? describe : describe.skip)('imports of one org, one at a time [postgres]', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase('postgres'); });
  afterAll(async () => database?.close());

  it('an import waits while another transaction holds the org\'s import lock', async () => {
    const orgId = await ensureOrg(database.pool);
    const folder = await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) });
    const holder = await database.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1, $2)', [IMPORT_LOCK, orgId]);
      let finished = false;
      const importing = runImport(database, folder, { preset: 'generic' }).finally(() => { finished = true; });
      // Wait until the import's backend is queued on the advisory lock (or has finished without it).
      let waiting = 0;
      while (!finished && waiting === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await database.pool.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1 AND objid = $2",
          [IMPORT_LOCK, orgId]);
        waiting = rows[0]!.waiting;
      }
      expect(finished).toBe(false);
      expect(waiting).toBe(1);
      await holder.query('COMMIT');
      const report = await importing;
      expect(report.errors).toEqual([]);
      expect(report.counts.opportunities).toEqual({ created: 3, updated: 0, unchanged: 0 });
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      holder.release();
    }
  });
});
