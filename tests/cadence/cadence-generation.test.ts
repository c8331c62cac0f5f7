// Cadences generate planned sessions (SPEC §4.9): defaults per manager, light touch for
// stars, idempotent re-runs, held and cancelled sessions never touched, edits re-plan.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { generatePlannedSessions } from '../../src/use-cases/cadence/generate-planned-sessions.ts';
import { addCadence, editCadence, managerCadences } from '../../src/use-cases/cadence/manager-cadences.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { seedCadenceOrg, type CadenceOrg } from './cadence-fixture.ts';

describeEachEngine('cadence generation', (engine) => {
  let database: Database;
  let org: CadenceOrg;
  const sessions = async () => (await database.pool.query<{ id: number; repId: number | null; kind: string; status: string; at: string; min: number }>(`
    SELECT id, rep_id AS "repId", kind, status, to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS at, duration_min AS min
    FROM coaching_sessions WHERE org_id = $1 ORDER BY scheduled_at, id`, [org.orgId])).rows;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    org = await seedCadenceOrg(database);
  });
  afterAll(async () => database?.close());

  it('starts every manager with the default cadence, light touch for stars', async () => {
    const segments = new Map([[org.rae, 'core' as const], [org.sam, 'star' as const]]);
    const { timeZone, cadences } = await managerCadences(database, org.orgId, org.mia, '2026-03-02', segments);
    expect(timeZone).toBe('Europe/Berlin');
    expect(cadences.map((c) => [c.kind, c.repName, c.weekday, c.localTime, c.everyWeeks, c.durationMin, c.timeZone])).toEqual([
      ['one_on_one', 'Rae Rep', 1, '10:00', 1, 30, 'Europe/Berlin'],
      ['one_on_one', 'Sam Star', 2, '10:00', 2, 20, 'Europe/Berlin'],
      ['team_skill', null, 5, '09:00', 1, 60, 'Europe/Berlin'],
    ]);
    // Reading again adds nothing.
    expect((await managerCadences(database, org.orgId, org.mia, '2026-03-02', segments)).cadences).toHaveLength(3);
  });

  it('generates planned sessions at local times across the DST change, once', async () => {
    const first = await generatePlannedSessions(database, org.orgId, [org.mia], '2026-03-23', 2);
    expect(first).toEqual({ from: '2026-03-23', to: '2026-04-05', wanted: 5, created: 5 });
    expect((await sessions()).map((s) => [s.repId, s.kind, s.status, s.at, s.min])).toEqual([
      [org.rae, 'one_on_one', 'planned', '2026-03-23T09:00', 30],
      [null, 'team_skill', 'planned', '2026-03-27T08:00', 60],
      [org.rae, 'one_on_one', 'planned', '2026-03-30T08:00', 30], // CEST from 29 March: 10:00 local is 08:00 UTC
      [org.sam, 'one_on_one', 'planned', '2026-03-31T08:00', 20], // every two weeks from the week of 2 March
      [null, 'team_skill', 'planned', '2026-04-03T07:00', 60],
    ]);
    expect(await generatePlannedSessions(database, org.orgId, [org.mia], '2026-03-23', 2)).toMatchObject({ created: 0 });
    expect(await generatePlannedSessions(database, org.orgId, null, '2026-03-25', 2)).toMatchObject({ wanted: 5, created: 1 }); // only Rae's 1:1 of 6 April is new
    expect(await sessions()).toHaveLength(6);
  });

  it('never touches held or cancelled sessions; an edit re-plans the untouched ones', async () => {
    const before = await sessions();
    const [held, cancelled] = before.filter((s) => s.repId === org.rae);
    await database.pool.query(`UPDATE coaching_sessions SET status = 'held', held_at = scheduled_at WHERE id = $1`, [held!.id]);
    await database.pool.query(`UPDATE coaching_sessions SET status = 'cancelled' WHERE id = $1`, [cancelled!.id]);
    const { cadences } = await managerCadences(database, org.orgId, org.mia, '2026-03-02', new Map());
    const raeCadence = cadences.find((c) => c.repId === org.rae)!;
    const edited = await editCadence(database, org.orgId, raeCadence.id, { localTime: '11:30', durationMin: 45 }, new Date('2026-03-20T00:00:00Z'), () => true);
    expect(edited).toMatchObject({ ok: true, cadence: { localTime: '11:30', durationMin: 45 } });
    await generatePlannedSessions(database, org.orgId, [org.mia], '2026-03-23', 3);
    const rae = (await sessions()).filter((s) => s.repId === org.rae).map((s) => [s.status, s.at, s.min]);
    expect(rae).toEqual([
      ['held', '2026-03-23T09:00', 30],
      ['cancelled', '2026-03-30T08:00', 30],
      ['planned', '2026-04-06T09:30', 45],
    ]);
  });

  it('adds a cadence for one rep, and refuses one for somebody else’s rep or an unknown zone', async () => {
    const base = { managerId: org.mia, kind: 'one_on_one' as const, weekday: 3, localTime: '15:00', everyWeeks: 1, durationMin: 30, startsOn: '2026-03-02' };
    expect(await addCadence(database, org.orgId, { ...base, repId: org.ola })).toMatchObject({ ok: false, code: 'unprocessable' });
    expect(await addCadence(database, org.orgId, { ...base, repId: org.rae, timeZone: 'Mars/Base' })).toMatchObject({ ok: false, code: 'unprocessable' });
    expect(await addCadence(database, org.orgId, { ...base, kind: 'team_skill', repId: org.rae })).toMatchObject({ ok: false, code: 'unprocessable' });
    const added = await addCadence(database, org.orgId, { ...base, kind: 'deal', repId: org.rae, timeZone: 'America/New_York' });
    expect(added).toMatchObject({ ok: true, cadence: { kind: 'deal', repId: org.rae, timeZone: 'America/New_York', active: true } });
  });

  it('creates the defaults once when several first reads come at once', async () => {
    const reads = await Promise.all([1, 2, 3, 4].map(() => managerCadences(database, org.orgId, org.max, '2026-03-02', new Map())));
    for (const read of reads) expect(read.cadences.map((c) => [c.kind, c.repName])).toEqual([['one_on_one', 'Ola Other'], ['team_skill', null]]);
    const { rows: [stored] } = await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cadences WHERE org_id = $1 AND manager_id = $2', [org.orgId, org.max]);
    expect(stored?.n).toBe(2);
  });
});
