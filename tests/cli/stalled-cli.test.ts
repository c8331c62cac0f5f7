// The CLI contract of `coachboard stalled --json` (SPEC §3.1, docs/cli.md): exactly one JSON
// document on stdout with exactly the keys { asOf, deals: [{ externalId, name, owner, stage,
// amount, signals: [{ code, text }] }], notEvaluated: [{ code, reason }] }.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { AS_OF, stallFixtureFiles } from '../stalls/stall-fixture.ts';

const CLI = fileURLToPath(new URL('../../bin/coachboard.js', import.meta.url));

describe('coachboard stalled', () => {
  let db: string;
  const run = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });

  beforeAll(async () => {
    db = await mkdtemp(join(tmpdir(), 'cb-stalled-cli-'));
    run('import', await writeFolder(stallFixtureFiles()), '--json');
  });
  afterAll(async () => rm(db, { recursive: true, force: true }));

  it('--json prints one document with exactly the contract keys', () => {
    const out = run('stalled', '--as-of', AS_OF, '--json');
    const document = JSON.parse(out) as { asOf: string; deals: Record<string, unknown>[]; notEvaluated: unknown[] };
    expect(Object.keys(document)).toEqual(['asOf', 'deals', 'notEvaluated']);
    expect(document.asOf).toBe(AS_OF);
    expect(document.deals.map((d) => d.externalId)).toEqual(['o12', 'o11', 'o10', 'o8', 'o3', 'o6', 'o5', 'o1', 'o4']); // no snooze in this database
    for (const deal of document.deals) {
      expect(Object.keys(deal)).toEqual(['externalId', 'name', 'owner', 'stage', 'amount', 'signals']);
      for (const signal of deal.signals as Record<string, unknown>[]) expect(Object.keys(signal)).toEqual(['code', 'text']);
    }
    expect(document.deals[0]).toEqual({
      externalId: 'o12', name: 'Won after the as-of date', owner: 'Rita Rep', stage: 'Negotiate', amount: 20000,
      signals: [{ code: 'days_in_stage', text: '61 days in Negotiate; deals that left Negotiate took up to 20 days (p80 of 5 deals)' }],
    });
    expect(document.notEvaluated).toEqual([]);
  });

  it('--manager limits to the subtree; the table lists the signals in words', () => {
    const json = JSON.parse(run('stalled', '--as-of', AS_OF, '--manager', 'Mo Manager', '--json')) as { deals: { externalId: string }[] };
    expect(json.deals.map((d) => d.externalId)).toEqual(['o8', 'o6', 'o5']);
    const table = run('stalled', '--as-of', AS_OF, '--manager', 'm2');
    expect(table).toContain("Stalled deals in Mo Manager's team as of 2026-07-01: 3 of 3 open deals");
    expect(table).toContain('    - Only 1 engaged stakeholder in Negotiate, a late stage');
  });

  it('refuses a bad date or an unknown manager on stderr with exit code 2', () => {
    const bad = spawnSync(process.execPath, [CLI, 'stalled', '--as-of', '2026-02-30', '--json', '--db', db], { encoding: 'utf8' });
    expect([bad.status, bad.stdout, bad.stderr.trim()]).toEqual([2, '', 'coachboard: --as-of: expected a date YYYY-MM-DD, got "2026-02-30"']);
    const nobody = spawnSync(process.execPath, [CLI, 'stalled', '--manager', 'Nobody', '--json', '--db', db], { encoding: 'utf8' });
    expect([nobody.status, nobody.stdout]).toEqual([2, '']);
    expect(nobody.stderr).toMatch(/^coachboard: no manager matches "Nobody"/);
  });
});
