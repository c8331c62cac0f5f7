// The demo's first screen (This week of the first manager listed, Mei Hansen for the README's
// seed 42) through the real use-cases over a loaded demo: a manager who coaches, and a queue
// whose coaching focuses carry the ratings of the sessions held.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { ensureOrg } from '../../src/db/queries/orgs.ts';
import { managerAccountability } from '../../src/use-cases/accountability/manager-accountability.ts';
import { managerQueue } from '../../src/use-cases/analytics/manager-queue.ts';
import { repDetail } from '../../src/use-cases/analytics/rep-detail.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const AS_OF = '2026-11-22'; // a Sunday: the as-of week is complete

describeEachEngine('demo first screen', (engine) => {
  let database: Database;
  let orgId: number;
  let manager: { id: number; name: string };
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const demo = await loadDemo(database, { seed: 42, reps: 60, asOf: AS_OF, actorUserId: null });
    expect(demo.errors).toEqual([]);
    orgId = await ensureOrg(database.pool);
    const first = demo.logins.find((l) => l.role === 'manager')!;
    const { rows } = await database.pool.query<{ id: number; name: string }>('SELECT id, name FROM people WHERE org_id = $1 AND email = $2', [orgId, first.email]);
    manager = rows[0]!;
  }, 120_000);
  afterAll(async () => database?.close());

  it('shows the first manager coaching: most of the week held, a share not flagged, a streak, no rep long without a 1:1', async () => {
    const accountability = await managerAccountability(database, orgId, AS_OF, manager, 8);
    const week = accountability.weeks.at(-1)!;
    expect(manager.name).toBe('Mei Hansen');
    expect(week.held).toBeGreaterThanOrEqual(week.planned - 2);
    expect(week.band).not.toBe('flag');
    expect(accountability.weeks.filter((w) => w.band === 'target').length).toBeGreaterThanOrEqual(5);
    expect(accountability.streakWeeks).toBeGreaterThanOrEqual(2);
    expect(accountability.repsWithoutOneOnOne.length).toBeLessThanOrEqual(2);
  });

  it('rates, in most coaching focuses of the queue, behaviours the sessions worked on', async () => {
    const queue = await managerQueue(database, orgId, AS_OF, manager, { asOf: AS_OF });
    const focuses = queue.coach.map((item) => item.focus).filter((focus) => focus !== null);
    expect(focuses.length).toBeGreaterThanOrEqual(4);
    const rated = focuses.filter((focus) => focus.behaviours.some((b) => b.latestRating !== null));
    expect(rated.length / focuses.length).toBeGreaterThanOrEqual(0.6);
  });

  it("reads the guide once for the whole queue, and gives each rep the focus of the rep's own page", async () => {
    const query = vi.spyOn(database.pool, 'query');
    const queue = await managerQueue(database, orgId, AS_OF, manager, { asOf: AS_OF });
    const guideReads = query.mock.calls.filter(([sql]) => typeof sql === 'string' && /FROM behaviours/.test(sql)).length;
    query.mockRestore();
    expect(guideReads).toBe(1);
    const items = [...queue.coach, ...queue.talentFit, ...queue.lightTouch];
    expect(items.filter((item) => item.focus !== null).length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      const detail = await repDetail(database, orgId, AS_OF, item.repId, { asOf: AS_OF });
      expect(item.focus).toEqual(detail.focuses[0] ?? null);
    }
  });
});
