// Deleting what a session or commitment refers to clears only that reference (migration
// 0005): a composite key's plain SET NULL would also null org_id and fail.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

describeEachEngine('references cleared on delete', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const demo = await loadDemo(database, { seed: 4, reps: 6, asOf: '2026-06-30', actorUserId: null });
    expect(demo.errors).toEqual([]);
  }, 120_000);
  afterAll(async () => database?.close());

  it('deletes a behaviour that sessions and commitments cite, keeping their org', async () => {
    const { rows: [cited] } = await database.pool.query<{ behaviourId: number; sessions: number }>(`
      SELECT behaviour_id AS "behaviourId", count(*)::int AS sessions FROM coaching_sessions
      WHERE behaviour_id IS NOT NULL GROUP BY behaviour_id ORDER BY count(*) DESC LIMIT 1`);
    expect(cited!.sessions).toBeGreaterThan(0);
    // Observations of the behaviour go with it (cascade); sessions and commitments stay.
    await database.pool.query('DELETE FROM behaviours WHERE id = $1', [cited!.behaviourId]);
    const { rows: [after] } = await database.pool.query<{ cleared: number; orphans: number }>(`
      SELECT (SELECT count(*)::int FROM coaching_sessions WHERE behaviour_id IS NULL AND org_id IS NOT NULL) AS cleared,
             (SELECT count(*)::int FROM commitments WHERE behaviour_id = $1) AS orphans`, [cited!.behaviourId]);
    expect(after!.cleared).toBeGreaterThanOrEqual(cited!.sessions);
    expect(after!.orphans).toBe(0);
  });

  it('deletes an opportunity that activities cite, keeping the activities', async () => {
    const { rows: [opp] } = await database.pool.query<{ id: number; n: number }>(`
      SELECT opportunity_id AS id, count(*)::int AS n FROM activities WHERE opportunity_id IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
    const before = (await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM activities')).rows[0]!.n;
    await database.pool.query('DELETE FROM opportunities WHERE id = $1', [opp!.id]);
    const { rows: [after] } = await database.pool.query<{ n: number; cited: number }>(
      'SELECT count(*)::int AS n, count(*) FILTER (WHERE opportunity_id = $1)::int AS cited FROM activities', [opp!.id]);
    expect(after).toEqual({ n: before, cited: 0 });
  });
});
