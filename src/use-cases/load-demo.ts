// Loads the generated demo org through the same import path as real CRM data, and gives
// every demo person a login (one shared, randomly generated password) so that the app
// can be explored as a leader, a manager or a rep.
import { randomBytes } from 'node:crypto';
import type { ImportReport } from '../contract/api.ts';
import type { Database } from '../db/client.ts';
import { recordAudit } from '../db/queries/audit.ts';
import { ensureOrg } from '../db/queries/orgs.ts';
import { generateDemoCoaching } from '../core/demo/generate-demo-coaching.ts';
import { generateDemoOrg } from '../core/demo/generate-demo-org.ts';
import { writeDemoCoaching } from '../db/queries/write-demo-coaching.ts';
import { writeDemoTimeReports } from '../db/queries/write-demo-time-reports.ts';
import { generateDemoTimeReports } from '../core/demo/generate-demo-time-reports.ts';
import { writeDemoInnovations } from '../db/queries/write-demo-innovations.ts';
import { generateDemoInnovations } from '../core/demo/generate-demo-innovations.ts';
import type { Located, ImportPlan, RecordStream } from '../importers/import-plan.ts';
import { hashPassword } from './password-hashing.ts';
import { collectProblems } from './problem-collector.ts';
import { writePlan } from './run-import.ts';
import { ensureDefaultCadences, repSegments } from './cadence/manager-cadences.ts';
import { generatePlannedSessions } from './cadence/generate-planned-sessions.ts';
import { dayNumberOf, isoDateOf } from '../core/analytics/iso-day.ts';

export type DemoLogin = { email: string; role: 'leader' | 'manager' | 'rep'; name: string };
export type DemoResult = ImportReport & { demoPassword: string | null; logins: DemoLogin[] };

function fromArray<T>(file: string, rows: readonly T[]): RecordStream<T> {
  return async function* stream(): AsyncIterable<Located<T>> {
    let line = 1;
    for (const record of rows) {
      line += 1;
      yield { record, file, line };
    }
  };
}

export async function loadDemo(
  database: Database, options: { seed: number; reps: number; asOf: string; actorUserId: number | null },
): Promise<DemoResult> {
  const org = generateDemoOrg({ seed: options.seed, reps: options.reps, asOf: options.asOf });
  const plan: ImportPlan = {
    source: 'demo',
    process: org.process.filter((s) => s.kind === 'open'),
    people: fromArray('demo:people', org.people),
    accounts: fromArray('demo:accounts', org.accounts),
    products: fromArray('demo:products', org.products),
    opportunities: fromArray('demo:opportunities', org.opportunities),
    stageHistory: fromArray('demo:stage-history', org.stageHistory),
    fieldHistory: fromArray('demo:field-history', org.fieldHistory),
    activities: fromArray('demo:activities', org.activities),
    quotas: fromArray('demo:quotas', org.quotas),
    stakeholders: fromArray('demo:stakeholders', org.stakeholders),
  };
  const problems = collectProblems(false);
  const report = await writePlan(database, plan, problems, {
    dryRun: false, actorUserId: options.actorUserId, label: { preset: 'demo', source: `demo seed ${options.seed}` },
  });
  if (report.errors.length > 0) return { ...report, demoPassword: null, logins: [] };

  const demoPassword = randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(demoPassword);
  const orgId = await ensureOrg(database.pool);
  // Only into an org without coaching history: loading the demo twice must not double it.
  const { rows: [coached] } = await database.pool.query<{ any: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM coaching_sessions WHERE org_id = $1) AS any', [orgId]);
  if (!coached!.any) {
    const sessions = generateDemoCoaching(options.seed, options.asOf, org.people, org.stagesToCoach);
    await writeDemoCoaching(database.pool, orgId, sessions);
    await writeDemoTimeReports(database.pool, orgId, generateDemoTimeReports(options.seed, options.asOf, org.people, sessions));
    await writeDemoInnovations(database.pool, orgId, generateDemoInnovations(options.seed, options.asOf, org));
    await planDemoCadences(database, orgId, options.asOf);
  }
  const { rows } = await database.pool.query<DemoLogin>(
    `INSERT INTO users (org_id, email, role, person_id, password_hash)
     SELECT p.org_id, p.email, p.role, p.id, $2 FROM people p
     WHERE p.org_id = $1 AND p.source = 'demo' AND p.email IS NOT NULL
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash WHERE users.person_id = EXCLUDED.person_id
     RETURNING email, role, (SELECT name FROM people WHERE org_id = $1 AND id = person_id) AS name`,
    [orgId, passwordHash],
  );
  await recordAudit(database.pool, orgId, options.actorUserId, 'demo_loaded', { seed: options.seed, reps: options.reps, logins: rows.length });
  const order = { leader: 0, manager: 1, rep: 2 } as const;
  rows.sort((a, b) => order[a.role] - order[b.role] || a.email.localeCompare(b.email));
  return { ...report, demoPassword, logins: rows };
}

// Every demo manager gets the default cadences (light touch for stars) and the next four
// weeks of planned sessions, so the calendar and accountability views have a plan to show.
async function planDemoCadences(database: Database, orgId: number, asOf: string): Promise<void> {
  const segments = await repSegments(database, orgId, asOf);
  const { rows } = await database.pool.query<{ id: number }>(
    `SELECT id FROM people WHERE org_id = $1 AND role = 'manager' AND source = 'demo' ORDER BY id`, [orgId]);
  for (const manager of rows) await ensureDefaultCadences(database, orgId, manager.id, asOf, segments);
  await generatePlannedSessions(database, orgId, null, isoDateOf(dayNumberOf(asOf) + 1), 4);
}
