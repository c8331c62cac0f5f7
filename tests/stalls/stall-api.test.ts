// The stall API (docs/stalls.md) on the hand-built org of stall-fixture.ts: who sees which
// stalled deals, sorting and pages, snoozes by role with CSRF, and the thresholds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ErrorBody } from '../../src/contract/api.ts';
import { SnoozeResponse, StallsResponse, StallThresholdsResponse } from '../../src/contract/stalls.ts';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { apiClient, type ApiClient } from '../helpers/api-client.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { AS_OF, stallFixtureFiles } from './stall-fixture.ts';

const PASSWORD = 'a long password';

describeEachEngine('stall API', (engine) => {
  let database: Database;
  const as = {} as Record<'admin' | 'maria' | 'mo' | 'rita', ApiClient>;
  const ids = new Map<string, number>();
  const stalls = async (client: ApiClient, query = '') => {
    const response = await client.request('GET', `/stalls?asOf=${AS_OF}${query}`);
    expect(response.status).toBe(200);
    return StallsResponse.parse(await response.json());
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await setUpOrg(database, { orgName: 'Acme', name: 'Ada Admin', email: 'admin@example.com', password: PASSWORD });
    expect((await runImport(database, await writeFolder(stallFixtureFiles()), { preset: 'generic' })).errors).toEqual([]);
    const { rows } = await database.pool.query<{ ext: string; id: number }>(
      'SELECT external_id AS ext, id FROM people UNION ALL SELECT external_id, id FROM opportunities');
    for (const r of rows) ids.set(r.ext, r.id);
    for (const [email, role, person] of [['maria@example.com', 'manager', 'm1'], ['mo@example.com', 'manager', 'm2'], ['rita@example.com', 'rep', 'r1']] as const) {
      expect((await createUser(database, null, { email, role, personId: ids.get(person)!, password: PASSWORD })).ok).toBe(true);
    }
    const app = createApp(database, { serveWeb: false });
    for (const [who, email] of [['admin', 'admin@example.com'], ['maria', 'maria@example.com'], ['mo', 'mo@example.com'], ['rita', 'rita@example.com']] as const) {
      as[who] = apiClient(app);
      expect((await as[who].signIn(email, PASSWORD)).status).toBe(200);
    }
  });
  afterAll(async () => database?.close());

  it('lists what each role may see, with signals, days in stage and amounts', async () => {
    const all = await stalls(as.admin);
    expect([all.scope.kind, all.openDeals, all.total, all.notEvaluated]).toEqual(['org', 12, 9, []]);
    expect(all.items.map((d) => d.externalId)).toEqual(['o12', 'o11', 'o10', 'o8', 'o3', 'o6', 'o5', 'o1', 'o4']);
    expect(all.items[0]).toMatchObject({ ownerName: 'Rita Rep', stageName: 'Negotiate', daysInStage: 61, ageDays: 61, amount: 20000, snooze: null });
    expect((await stalls(as.mo)).items.map((d) => d.externalId)).toEqual(['o8', 'o6', 'o5']);
    expect((await stalls(as.rita)).items.map((d) => d.externalId)).toEqual(['o12', 'o1']);
    expect((await stalls(as.admin, `&managerId=${ids.get('m2')}`)).scope).toEqual({ kind: 'team', managerId: ids.get('m2'), name: 'Mo Manager' });
    const outside = await as.mo.request('GET', `/stalls?managerId=${ids.get('m1')}`);
    expect([outside.status, ErrorBody.parse(await outside.json()).error.code]).toEqual([404, 'not_found']);
    expect((await as.rita.request('GET', `/stalls?managerId=${ids.get('m1')}`)).status).toBe(403);
  });

  it('sorts by age or amount and pages', async () => {
    // ages: o11 91, o10 122 (since engage), o12 61, o1 61, o8 10, o3 15, o4 10, o6 6, o5 6
    expect((await stalls(as.admin, '&sort=-age')).items.map((d) => d.externalId))
      .toEqual(['o10', 'o11', 'o12', 'o1', 'o3', 'o8', 'o4', 'o6', 'o5']);
    const page = await stalls(as.admin, '&sort=amount&page=2&pageSize=4');
    expect([page.items.map((d) => d.externalId), page.total, page.page]).toEqual([['o3', 'o8', 'o10', 'o11'], 9, 2]);
    const bad = await as.admin.request('GET', '/stalls?sort=oldest');
    expect(bad.status).toBe(400);
    expect((await as.admin.request('GET', '/stalls?asOf=2026-02-30')).status).toBe(400);
  });

  it('snoozes and un-snoozes by role, with the CSRF token', async () => {
    const o1 = ids.get('o1')!;
    const body = { until: '2026-07-31', reason: 'Waiting for the board meeting on 28 July' };
    // Rita owns o1 but not o3; Mo's team does not own o1; a closed deal cannot be snoozed.
    expect((await as.rita.request('POST', `/deals/${ids.get('o3')}/snooze`, body)).status).toBe(404);
    expect((await as.mo.request('POST', `/deals/${o1}/snooze`, body)).status).toBe(404);
    expect((await as.admin.request('POST', `/deals/${ids.get('h1')}/snooze`, body)).status).toBe(422);
    expect((await as.rita.request('POST', `/deals/${o1}/snooze`, { ...body, reason: ' ' })).status).toBe(400);
    const token = as.rita.csrfToken;
    as.rita.csrfToken = null;
    const forged = await as.rita.request('POST', `/deals/${o1}/snooze`, body);
    as.rita.csrfToken = token;
    expect([forged.status, ErrorBody.parse(await forged.json()).error.code]).toEqual([403, 'csrf_failed']);

    const snoozed = await as.rita.request('POST', `/deals/${o1}/snooze`, body);
    expect(snoozed.status).toBe(200);
    expect(SnoozeResponse.parse(await snoozed.json())).toMatchObject({ dealId: o1, snooze: { ...body, createdBy: 'Rita Rep', active: true } });
    const after = await stalls(as.admin);
    expect(after.items.map((d) => d.externalId)).not.toContain('o1');
    expect(after.snoozed.map((d) => [d.externalId, d.snooze?.reason, d.signals.map((s) => s.code)]))
      .toEqual([['o1', body.reason, ['days_in_stage']]]);
    // Its snooze has run out by 2026-08-01: stalled again, the old snooze shown as ended.
    const later = StallsResponse.parse(await (await as.admin.request('GET', '/stalls?asOf=2026-08-01&pageSize=100')).json());
    expect(later.items.find((d) => d.externalId === 'o1')?.snooze).toMatchObject({ until: '2026-07-31', active: false });

    expect((await as.mo.request('DELETE', `/deals/${o1}/snooze`)).status).toBe(404);
    expect((await as.maria.request('DELETE', `/deals/${o1}/snooze`)).status).toBe(204);
    expect((await as.maria.request('DELETE', `/deals/${o1}/snooze`)).status).toBe(204);
    expect((await stalls(as.admin)).snoozed).toEqual([]);
  });

  it('shows the thresholds to everyone and lets admins change them', async () => {
    const read = await as.rita.request('GET', '/stalls/thresholds');
    const settings = StallThresholdsResponse.parse(await read.json());
    expect(settings.stages.map((s) => [s.key, s.effective.lateStage, s.effective.inactiveDays])).toEqual([
      ['qualify', false, 14], ['discover', true, 14], ['propose', true, 14], ['negotiate', true, 14]]);
    const negotiate = settings.stages.find((s) => s.key === 'negotiate')!.stageId;
    expect((await as.maria.request('PUT', '/stalls/thresholds', { stageId: negotiate, daysInStageMax: 70 })).status).toBe(403);
    expect((await as.admin.request('PUT', '/stalls/thresholds', { stageId: 999999, inactiveDays: 7 })).status).toBe(422);
    const saved = await as.admin.request('PUT', '/stalls/thresholds', { stageId: negotiate, daysInStageMax: 70 });
    expect(StallThresholdsResponse.parse(await saved.json()).stages.find((s) => s.key === 'negotiate')!.effective.daysInStageMax).toBe(70);
    expect((await stalls(as.admin)).items.map((d) => d.externalId)).not.toContain('o12');
    await as.admin.request('PUT', '/stalls/thresholds', { stageId: negotiate });
    expect((await stalls(as.admin)).items[0]!.externalId).toBe('o12');
  });
});
