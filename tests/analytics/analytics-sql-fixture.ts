// A tiny generic import for the analytics SQL tests: five reps under two managers, with
// figures worked out by hand in the test files that use it (docs/analytics.md).
import { expect } from 'vitest';
import type { Database, Engine } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

export const TODAY = '2026-11-22'; // never used: every call passes an explicit asOf

export const FILES: Record<string, string> = {
  'stages.csv': [
    'key,name,position,kind',
    'qualify,Qualify,1,open', 'propose,Propose,2,open', 'negotiate,Negotiate,3,open',
  ].join('\n'),
  'people.csv': [
    'externalId,name,role,manager,hiredAt',
    'l1,Lee Leader,leader,,2015-01-01',
    'm1,Mo Manager,manager,l1,2016-01-01',
    'm2,Mia Manager,manager,l1,2016-01-01',
    'r1,Rita Rep,rep,m1,2020-01-01',
    'r2,Raj Rep,rep,m1,2026-05-01',
    'r3,Rosa Rep,rep,m2,2019-01-01',
    'r4,Ravi Rep,rep,m2,2018-01-01',
    'r5,Rex Rep,rep,m2,2018-01-01',
  ].join('\n'),
  'opportunities.csv': [
    'externalId,owner,stage,amount,createdAt,engagedAt,closedAt',
    // Rita
    'a1,r1,won,1000,2026-03-02,,2026-04-02', // closed on the window's first day: counts
    'a2,r1,won,3000,2026-04-10,,2026-05-20',
    'a3,r1,won,5000,2026-01-01,,2026-04-01', // the day before the window: previous window
    'a4,r1,lost,2000,2026-04-01,,2026-05-01',
    'a5,r1,no_decision,1000,2026-04-15,,2026-06-30', // on the as-of date: counts
    'a6,r1,propose,4000,2026-05-01,,',
    'a7,r1,won,6000,2026-06-01,,2026-07-15', // won after the as-of date: open then
    'a8,r1,qualify,500,2026-07-05,,', // created after the as-of date: not open yet
    // Raj: unknown amounts and start dates
    'b1,r2,won,,2026-04-05,,2026-04-25',
    'b2,r2,won,500,,2026-04-10,2026-05-10', // start = engaged date
    'b3,r2,lost,,2026-04-20,,2026-05-05',
    'b4,r2,qualify,,,,', // open, start unknown: counts as open
    // Rosa
    'c1,r3,won,9000,,,2026-05-30', // start = first stage date (2026-03-01)
    'c2,r3,lost,1000,2026-05-01,,2026-06-10',
    'c3,r3,qualify,2000,2026-02-01,,',
    // Ravi: nothing. Rex:
    'e1,r5,won,2000,2026-04-02,,2026-04-12',
    'e2,r5,won,6000,2026-04-02,,2026-04-22',
    'e3,r5,won,4000,2026-04-02,,2026-05-02',
    'e4,r5,no_decision,3000,2026-03-01,,2026-04-02',
    'e5,r5,lost,700,2026-03-01,,2026-04-01',
    // A manager's own deal: not a rep's, so in nobody's figures.
    'z1,m2,won,100000,2026-04-05,,2026-04-15',
  ].join('\n'),
  'stage-history.csv': [
    'opportunity,stage,enteredAt',
    'a1,qualify,2026-03-02', 'a1,propose,2026-03-20', 'a1,negotiate,2026-03-28',
    'a2,qualify,2026-04-10', 'a2,propose,2026-04-20', 'a2,negotiate,2026-05-10', 'a2,won,2026-05-20',
    'a4,qualify,2026-04-01', 'a4,propose,2026-04-15', 'a4,lost,2026-05-01',
    'a6,qualify,2026-05-01', 'a6,propose,2026-06-10',
    'a7,qualify,2026-06-01', 'a7,negotiate,2026-06-20', 'a7,won,2026-07-15',
    'c1,qualify,2026-03-01', 'c1,propose,2026-04-10',
    'c3,qualify,2026-02-01',
  ].join('\n'),
  'quotas.csv': [
    'owner,periodStart,periodEnd,amount',
    'r1,2026-04-01,2026-06-30,9100', // 91 days
    'r3,2026-01-01,2026-12-31,73000', // 365 days
  ].join('\n'),
  'activities.csv': [
    'externalId,owner,type,occurredAt,connected',
    'x1,r1,call,2026-04-02,yes',
    'x2,r1,call,2026-05-10,no',
    'x3,r1,call,2026-06-30 23:00,yes', // late on the as-of date: counts
    'x4,r1,email,2026-05-11,',
    'x5,r1,call,2026-04-01,yes', // the day before the window
    'x6,r1,call,2026-07-01,yes', // after the as-of date
    'x7,r1,meeting,2026-06-01,',
    'x8,r2,demo,2026-06-15,',
    'x9,m1,call,2026-05-01,yes', // a manager's: in nobody's figures
  ].join('\n'),
};


// 90 days = 90/7 weeks: one activity is 7/90 a week.
export const WEEK = 7 / 90;

export type AnalyticsFixture = { database: Database; orgId: number; ids: Record<string, number> };

/** Opens a fresh database on the engine and imports the fixture into it. */
export async function importAnalyticsFixture(engine: Engine): Promise<AnalyticsFixture> {
  const database = await openTestDatabase(engine);
  const report = await runImport(database, await writeFolder(FILES), { preset: 'generic' });
  expect(report.errors).toEqual([]);
  const orgId = (await database.pool.query<{ id: number }>('SELECT id FROM orgs')).rows[0]!.id;
  const { rows } = await database.pool.query<{ id: number; external_id: string }>('SELECT id, external_id FROM people');
  return { database, orgId, ids: Object.fromEntries(rows.map((r) => [r.external_id, r.id])) };
}

// Rounds nothing: non-integers are compared to 9 decimals, everything else exactly.
export function near(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : expect.closeTo(value, 9);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(near);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, near(v)]));
}
