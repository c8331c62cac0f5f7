// `coachboard calendar <manager-or-rep> --ics out.ics` (docs/cadences-and-calendar.md),
// run in-process through commander, since src/cli/main.ts registers it separately.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCalendar } from '../../src/cli/calendar-command.ts';
import { openDatabase } from '../../src/db/client.ts';
import { generatePlannedSessions } from '../../src/use-cases/cadence/generate-planned-sessions.ts';
import { managerCadences } from '../../src/use-cases/cadence/manager-cadences.ts';
import { seedCadenceOrg } from './cadence-fixture.ts';

// The CLI runs on the embedded engine (a folder); the use-case is tested on both engines.
describe('coachboard calendar', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cb-calendar-cli-'));
    const database = await openDatabase(join(folder, 'db'), 'test');
    const org = await seedCadenceOrg(database);
    await managerCadences(database, org.orgId, org.mia, '2026-03-16', new Map());
    await generatePlannedSessions(database, org.orgId, null, '2026-03-16', 2);
    await database.close();
  });
  afterAll(async () => rm(folder, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const program = new Command('coachboard').exitOverride();
    registerCalendar(program);
    await program.parseAsync(['calendar', ...args, '--db', join(folder, 'db')], { from: 'user' });
  };

  it('writes the named manager’s calendar to an .ics file', async () => {
    const out = join(folder, 'mia.ics');
    await run('Mia Manager', '--ics', out);
    const ics = await readFile(out, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual([
      'Coaching 1:1 · Mia Manager & Rae Rep', 'Coaching 1:1 · Mia Manager & Sam Star', "Team skill session · Mia Manager's team",
    ]);
  });

  it('refuses a name that matches nobody', async () => {
    await expect(run('Nobody Here', '--ics', join(folder, 'x.ics'))).rejects.toThrow(/no manager or rep matches/);
  });
});
