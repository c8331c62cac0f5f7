// `coachboard innovations` (docs/cli.md): the library search of the API on the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { insertInnovation } from '../../src/db/innovation/innovation-writes.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { stallFixtureFiles } from '../stalls/stall-fixture.ts';

const CLI = fileURLToPath(new URL('../../bin/coachboard.js', import.meta.url));

describe('coachboard innovations', () => {
  let db: string;
  const run = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });

  beforeAll(async () => {
    db = await mkdtemp(join(tmpdir(), 'cb-innovations-cli-'));
    run('import', await writeFolder(stallFixtureFiles()), '--json');
    const database = await openDatabase(db, 'test');
    const { rows: [author] } = await database.pool.query<{ id: number }>("SELECT id FROM people WHERE external_id = 'm1'");
    for (const [title, segment, obstacle] of [['Paid pilot credited to the licence', 'SMB', 'price_budget'], ['Joint security review call', 'Enterprise', 'risk_compliance']] as const) {
      await insertInnovation(database.pool, 1, {
        title, segment, obstacleCategory: obstacle, situation: 'Stalled.', approach: 'We tried something new.', lesson: 'Buyers like small steps.',
        result: 'won', sourceDealId: null, sourceSessionId: null, authorId: author!.id,
      });
    }
    await database.close();
  });
  afterAll(async () => rm(db, { recursive: true, force: true }));

  it('--json prints one document with the API\'s items', () => {
    const document = JSON.parse(run('innovations', '--q', 'pilot', '--json')) as { total: number; innovations: { title: string; snippet: unknown[] }[] };
    expect(Object.keys(document)).toEqual(['q', 'segment', 'obstacle', 'total', 'innovations']);
    expect([document.total, document.innovations.map((i) => i.title)]).toEqual([1, ['Paid pilot credited to the licence']]);
    expect(document.innovations[0]!.snippet).toContainEqual({ text: 'pilot', match: true });
    expect((JSON.parse(run('innovations', '--segment', 'enterprise', '--obstacle', 'risk_compliance', '--json')) as { total: number }).total).toBe(1);
  });

  it('prints a table with the matches marked and the lessons', () => {
    const out = run('innovations', '--q', 'security');
    expect(out).toContain('1 innovation');
    expect(out).toContain('Joint *security* review call');
    expect(out).toContain('Lesson: Buyers like small steps.');
  });

  it('refuses an unknown obstacle with exit code 2', () => {
    const result = spawnSync(process.execPath, [CLI, 'innovations', '--obstacle', 'weather', '--db', db], { encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([2, expect.stringContaining('--obstacle: ')]);
  });
});
