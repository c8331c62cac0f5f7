// Stall detection on a real database (both engines), on the hand-built org of
// stall-fixture.ts: each signal firing and not, the org-wide and segment p80s, snoozes,
// thresholds, a manager's scope, an as-of date in the past, and signals the org's data
// cannot support (SPEC §4.6, docs/stalls.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StallReport } from '../../src/core/stalls/detect-stalls.ts';
import type { Database } from '../../src/db/client.ts';
import { idsInScope } from '../../src/db/queries/find-person.ts';
import { ensureOrg } from '../../src/db/queries/orgs.ts';
import { saveSnooze } from '../../src/db/stalls/deal-snoozes.ts';
import { saveThresholdOverride } from '../../src/db/stalls/stall-threshold-overrides.ts';
import { findStalledDeals } from '../../src/use-cases/stalls/find-stalled-deals.ts';
import { StallReferenceCache } from '../../src/use-cases/stalls/stall-reference-cache.ts';
import { stalledDocument } from '../../src/use-cases/stalls/stalled-document.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { AS_OF, engageOnlyFiles, stallFixtureFiles } from './stall-fixture.ts';

const TODAY = '2026-11-30';
const signalsOf = (report: StallReport) => report.stalled.map((v) => [v.deal.externalId, v.signals.map((s) => s.code)]);

async function importFolder(database: Database, files: Record<string, string>): Promise<void> {
  const report = await runImport(database, await writeFolder(files), { preset: 'generic' });
  expect(report.errors).toEqual([]);
}

describeEachEngine('stall detection', (engine) => {
  let database: Database;
  let orgId: number;
  const find = (options: { asOf?: string; ownerIds?: number[] | null } = {}, cache?: StallReferenceCache) =>
    findStalledDeals(database, orgId, TODAY, { asOf: options.asOf ?? AS_OF, ownerIds: options.ownerIds ?? null }, cache);
  const idOf = async (externalId: string) => (await database.pool.query<{ id: number }>(
    'SELECT id FROM opportunities WHERE org_id = $1 AND external_id = $2', [orgId, externalId])).rows[0]!.id;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await importFolder(database, stallFixtureFiles());
    orgId = await ensureOrg(database.pool);
    await saveSnooze(database.pool, orgId, await idOf('o11'), { until: '2026-07-15', reason: 'Budget frozen until mid-July' }, null);
  });
  afterAll(async () => database?.close());

  it('flags each deal with the signals that fired, in words, sorted by amount', async () => {
    const report = await find();
    expect(report.asOf).toBe(AS_OF);
    expect(report.openDeals).toBe(12);
    expect(report.notEvaluated).toEqual([]);
    expect(stalledDocument(report).deals).toEqual([
      { externalId: 'o12', name: 'Won after the as-of date', owner: 'Rita Rep', stage: 'Negotiate', amount: 20000, signals: [
        { code: 'days_in_stage', text: '61 days in Negotiate; deals that left Negotiate took up to 20 days (p80 of 5 deals)' }] },
      { externalId: 'o10', name: 'Engaged only', owner: 'Raj Rep', stage: 'Discover', amount: 10000, signals: [
        { code: 'age_since_engage', text: 'Engaged 122 days ago; won deals took up to 80 days from engage to close (p80 of 5 won deals)' }] },
      { externalId: 'o8', name: 'Enterprise in Qualify', owner: 'Rosa Rep', stage: 'Qualify', amount: 9000, signals: [
        { code: 'days_in_stage', text: '10 days in Qualify; deals that left Qualify took up to 2 days (p80 of 30 deals in Enterprise)' }] },
      { externalId: 'o3', name: 'Gone quiet', owner: 'Raj Rep', stage: 'Discover', amount: 8000, signals: [
        { code: 'no_activity', text: 'No activity on this deal for 30 days (last on 2026-06-01); the limit is 14 days' }] },
      { externalId: 'o6', name: 'One contact', owner: 'Rosa Rep', stage: 'Negotiate', amount: 7000, signals: [
        { code: 'single_threaded', text: 'Only 1 engaged stakeholder in Negotiate, a late stage' }] },
      { externalId: 'o5', name: 'Past its close date', owner: 'Rosa Rep', stage: 'Negotiate', amount: 6000, signals: [
        { code: 'close_date_past', text: 'Expected close date 2026-06-20 passed 11 days ago and the deal is still open' }] },
      { externalId: 'o1', name: 'Stuck in Propose', owner: 'Rita Rep', stage: 'Propose', amount: 5000, signals: [
        { code: 'days_in_stage', text: '61 days in Propose; deals that left Propose took up to 20 days (p80 of 5 deals)' }] },
      { externalId: 'o4', name: 'Pushed twice', owner: 'Raj Rep', stage: 'Discover', amount: 4000, signals: [
        { code: 'close_date_pushed', text: 'Close date pushed twice; it is now 2026-07-31' }] },
    ]);
    // o2 (one push and a pull-in, 10 days in Propose), o7 (single-threaded in an early stage)
    // and o9 (10 days in Qualify: SMB has too few deals, the org's p80 is 20) are healthy.
  });

  it('keeps the snoozed deal out of the list and reports it with its reason', async () => {
    const report = await find();
    expect(report.snoozed.map((v) => [v.deal.externalId, v.signals.map((s) => s.code), v.snooze])).toEqual([
      ['o11', ['days_in_stage'], { until: '2026-07-15', reason: 'Budget frozen until mid-July', createdBy: null, createdAt: expect.any(String), active: true }],
    ]);
    const after = await find({ asOf: '2026-07-20' });
    const o11 = after.stalled.find((v) => v.deal.externalId === 'o11')!;
    expect([o11.signals.map((s) => s.text), o11.snooze?.active]).toEqual([
      ['110 days in Propose; deals that left Propose took up to 20 days (p80 of 5 deals)',
        'No activity on this deal for 20 days (last on 2026-06-30); the limit is 14 days'], false]);
    expect(after.snoozed).toEqual([]);
  });

  it('judges as of a past date with only what was known then', async () => {
    const report = await find({ asOf: '2026-06-10' });
    // o5..o9 had not started; o12 was open; o4 had one push and a close date still ahead;
    // Qualify's exits by then: 65 (o3's and o4's came later).
    expect(report.openDeals).toBe(7);
    expect(signalsOf(report)).toEqual([
      ['o12', ['days_in_stage']], ['o10', ['age_since_engage']], ['o3', ['days_in_stage']], ['o1', ['days_in_stage']], ['o4', ['days_in_stage']],
    ]);
    expect(report.stalled.find((v) => v.deal.externalId === 'o4')!.signals[0]!.text)
      .toBe('101 days in Qualify; deals that left Qualify took up to 20 days (p80 of 65 deals)');
    expect(report.stalled.find((v) => v.deal.externalId === 'o3')!.deal).toMatchObject({ stageName: 'Qualify', lastActivityOn: '2026-06-01' });
  });

  it("limits the list to a manager's subtree", async () => {
    const ownerIds = await idsInScope(database.pool, orgId, { kind: 'subtree', rootPersonId: (await database.pool.query<{ id: number }>(
      "SELECT id FROM people WHERE org_id = $1 AND external_id = 'm2'", [orgId])).rows[0]!.id });
    const report = await find({ ownerIds });
    expect(report.openDeals).toBe(3);
    expect(signalsOf(report).map(([id]) => id)).toEqual(['o8', 'o6', 'o5']);
    // Once an org-wide request cached the org's open deals, a team's request filters them: same answer.
    const cache = new StallReferenceCache();
    await find({}, cache);
    expect(await find({ ownerIds }, cache)).toEqual(report);
  });

  it('answers from the org judged once (snoozes and thresholds applied live) exactly as without a cache', async () => {
    const ownerIds = await idsInScope(database.pool, orgId, { kind: 'subtree', rootPersonId: (await database.pool.query<{ id: number }>(
      "SELECT id FROM people WHERE org_id = $1 AND external_id = 'm2'", [orgId])).rows[0]!.id });
    const cache = new StallReferenceCache();
    // A team first (its own deals read, the org's filled in the background), then the org, then the team from the org's.
    expect(await find({ ownerIds }, cache)).toEqual(await find({ ownerIds }));
    const org = await find({}, cache);
    expect(org).toEqual(await find());
    expect(org.snoozed.map((v) => v.deal.externalId)).toEqual(['o11']);
    expect(await find({ ownerIds }, cache)).toEqual(await find({ ownerIds }));
    // A snooze and a threshold set after the cache was filled show at once.
    const o8 = await idOf('o8');
    await saveSnooze(database.pool, orgId, o8, { until: '2026-08-01', reason: 'Board meets in July' }, null);
    await saveThresholdOverride(database.pool, orgId, {
      stageId: null, daysInStageMax: null, engageDaysMax: null, inactiveDays: 40, closePushesMin: null, engagedMin: null, lateStage: null,
    }, null);
    try {
      const later = await find({}, cache);
      expect(later).toEqual(await find());
      expect(later.snoozed.map((v) => v.deal.externalId).sort()).toEqual(['o11', 'o8']);
      expect(later).not.toEqual(org);
      expect(await find({ ownerIds }, cache)).toEqual(await find({ ownerIds }));
    } finally {
      await database.pool.query('DELETE FROM deal_snoozes WHERE org_id = $1 AND opportunity_id = $2', [orgId, o8]);
      await database.pool.query('DELETE FROM stall_thresholds WHERE org_id = $1', [orgId]);
    }
  });

  it('applies per-stage and org thresholds', async () => {
    const stageId = async (key: string) => (await database.pool.query<{ id: number }>(
      'SELECT id FROM stages WHERE org_id = $1 AND key = $2', [orgId, key])).rows[0]!.id;
    const none = { daysInStageMax: null, engageDaysMax: null, inactiveDays: null, closePushesMin: null, engagedMin: null, lateStage: null };
    const negotiate = await stageId('negotiate');
    await saveThresholdOverride(database.pool, orgId, { ...none, stageId: negotiate, daysInStageMax: 70, lateStage: false }, null);
    await saveThresholdOverride(database.pool, orgId, { ...none, stageId: null, inactiveDays: 40, closePushesMin: 3 }, null);
    await saveThresholdOverride(database.pool, orgId, { ...none, stageId: await stageId('qualify'), lateStage: true }, null);
    try {
      // o12 (61 ≤ 70 days) and o6 (Negotiate no longer late) drop out; o3 (30 < 40 days) and o4 (2 < 3 pushes) too;
      // o7 (one engaged, Qualify now late) and o9 (none engaged) come in.
      expect(signalsOf(await find())).toEqual([
        ['o10', ['age_since_engage']], ['o8', ['days_in_stage', 'single_threaded']], ['o5', ['close_date_past']],
        ['o1', ['days_in_stage']], ['o7', ['single_threaded']], ['o9', ['single_threaded']],
      ]);
    } finally {
      await database.pool.query('DELETE FROM stall_thresholds WHERE org_id = $1', [orgId]);
    }
  });

  it('caches the percentiles until the data version changes', async () => {
    const cache = new StallReferenceCache();
    await find({}, cache);
    // A change the cache cannot see: an exit that would move Negotiate's p80.
    await database.pool.query("UPDATE deal_stage_facts SET exited_on = entered_on + 100 WHERE org_id = $1 AND stage_ord = 4 AND exited_on IS NOT NULL", [orgId]);
    try {
      const cached = await find({}, cache);
      expect(cached.stalled.find((v) => v.deal.externalId === 'o12')?.signals[0]?.text).toContain('up to 20 days');
      await database.pool.query('UPDATE orgs SET data_version = data_version + 1 WHERE id = $1', [orgId]);
      const fresh = await find({}, cache);
      expect(fresh.stalled.find((v) => v.deal.externalId === 'o12')).toBeUndefined();
    } finally {
      await database.pool.query(`UPDATE deal_stage_facts f SET exited_on = f.entered_on + (f.exited_on - f.entered_on - 100)
        WHERE org_id = $1 AND stage_ord = 4 AND exited_on IS NOT NULL`, [orgId]);
    }
  });
});

describeEachEngine('stall detection without stage history, activities, close dates or stakeholders', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await importFolder(database, engageOnlyFiles());
  });
  afterAll(async () => database?.close());

  it('judges engage age only, and says why the other signals were not evaluated', async () => {
    const orgId = await ensureOrg(database.pool);
    const document = stalledDocument(await findStalledDeals(database, orgId, TODAY, { asOf: AS_OF, ownerIds: null }));
    expect(document).toEqual({
      asOf: AS_OF,
      deals: [{ externalId: 'x1', name: 'Old engagement', owner: 'Rita Rep', stage: 'Engaging', amount: 700, signals: [
        { code: 'age_since_engage', text: 'Engaged 60 days ago; won deals took up to 40 days from engage to close (p80 of 5 won deals)' }] }],
      notEvaluated: [
        { code: 'days_in_stage', reason: 'no stage history imported' },
        { code: 'no_activity', reason: 'no activities linked to deals imported' },
        { code: 'close_date_pushed', reason: 'no close-date history imported' },
        { code: 'close_date_past', reason: 'no expected close dates imported' },
        { code: 'single_threaded', reason: 'no stakeholders imported' },
      ],
    });
  });
});

describe('stall fixture', () => {
  it('has the 60 generated lost deals the segment p80s rely on', () => {
    const lines = stallFixtureFiles()['opportunities.csv']!.split('\n');
    expect(lines.filter((l) => /^[ab]\d\d,/.test(l))).toHaveLength(60);
  });
});
