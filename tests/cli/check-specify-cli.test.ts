// The CLI contract of `coachboard check-specify --json`: exactly one JSON document on stdout,
// checked against the default guide, or against the org's guide when a database is given.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { findOrg } from '../../src/db/queries/orgs.ts';
import { addBehaviour } from '../../src/use-cases/coaching/edit-guide-behaviours.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { engageOnlyFiles } from '../stalls/stall-fixture.ts';

const CLI = fileURLToPath(new URL('../../bin/coachboard.js', import.meta.url));
const { DATABASE_URL: _ignored, ...ENV } = process.env;
type Out = { warnings: { code: string; message: string }[] };
const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [CLI, 'check-specify', ...args, '--json'], { encoding: 'utf8', env: ENV })) as Out;
const codes = (out: Out) => out.warnings.map((w) => w.code);

// A behaviour only the org's guide has: Maven's Engaging stage, written by the admin.
const ORG_ONLY = 'After every Engaging call, send the buyer a short recap video within the hour';
const DATED = ['--commitment', 'Record the Acme recap video', '--due', '2026-11-30'];

describe('coachboard check-specify --json', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cb-specify-'));
    const database = await openDatabase(folder, 'test');
    try {
      expect((await runImport(database, await writeFolder(engageOnlyFiles()), { preset: 'generic' })).errors).toEqual([]);
      const org = await findOrg(database.pool);
      const { rows } = await database.pool.query<{ id: number }>(`SELECT id FROM stages WHERE key = 'engaging'`);
      const added = await addBehaviour(database, { orgId: org!.id, userId: null }, rows[0]!.id, { name: 'Sends a recap video within the hour', description: '' });
      expect(added.ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 180_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('prints { warnings: [{ code, message }] } with the codes that apply', () => {
    const out = run('Your conversion rate is down; be more confident.');
    expect(Object.keys(out)).toEqual(['warnings']);
    expect(codes(out)).toEqual(['outcome_language', 'generic', 'no_behaviour', 'no_commitment']);
    for (const w of out.warnings) {
      expect(Object.keys(w)).toEqual(['code', 'message']);
      expect(w.message.length).toBeGreaterThan(20);
    }
  });

  it('gives no warning for a specific behaviour change with a dated commitment', () => {
    const out = run('In discovery, quantify the cost of the customer\'s downtime before proposing anything',
      '--commitment', 'Send Acme a one-page downtime cost estimate', '--due', '2026-11-30');
    expect(out.warnings).toEqual([]);
  });

  it("checks against the org's guide with --db: a behaviour the admin added counts, a default one no longer does", () => {
    expect(codes(run(ORG_ONLY, ...DATED))).toEqual(['no_behaviour']);
    const org = run(ORG_ONLY, ...DATED, '--db', folder);
    expect(Object.keys(org)).toEqual(['warnings']);
    expect(org.warnings).toEqual([]);
    // Maven's process has no Discover stage: quantifying pain names no behaviour of this org's guide.
    const discover = 'In discovery, quantify the cost of the customer\'s downtime before proposing anything';
    expect(codes(run(discover, ...DATED, '--db', folder))).toEqual(['no_behaviour']);
  });
});
