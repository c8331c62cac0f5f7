// A `kill -9` in the middle of a large import leaves the previous data intact and the
// database usable, on both engines (the import runs in a child process, as from the CLI).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database, type Engine } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { opportunitiesCsv, PEOPLE_CSV, writeFolder, importBaseDeals } from '../helpers/generic-fixture.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const CLI = fileURLToPath(new URL('../../bin/coachboard.js', import.meta.url));

async function writeLargeImport(rows: number): Promise<string> {
  const folder = await writeFolder({ 'people.csv': PEOPLE_CSV });
  const out = createWriteStream(join(folder, 'opportunities.csv'));
  out.write('externalId,name,owner,stage,amount,createdAt,closedAt\n');
  for (let i = 0; i < rows; i += 1) {
    if (!out.write(`big-${i},Big deal ${i},${i % 2 ? 'r1' : 'r2'},${i % 3 ? 'prospect' : 'won'},${1000 + (i % 500)},2026-01-0${1 + (i % 9)},${i % 3 ? '' : '2026-02-01'}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return folder;
}

/** Starts the import in a child process, kills it with SIGKILL after `afterMs`, and says how it ended. */
async function importAndKill(folder: string, db: string, afterMs: number): Promise<string | null> {
  const child = spawn(process.execPath, [CLI, 'import', folder, '--preset', 'generic', '--db', db], { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  const [code, signal] = await once(child, 'exit') as [number | null, string | null];
  clearTimeout(timer);
  return signal ?? `exit ${code}`;
}

describeEachEngine('crash during import', (engine: Engine) => {
  let database: Database | null = null;
  let target = '';
  beforeAll(async () => {
    if (engine === 'embedded') {
      target = await mkdtemp(join(tmpdir(), 'cb-crash-'));
      database = await openDatabase(target, 'test');
    } else {
      database = await openTestDatabase(engine);
      target = database.location.replace(':***@', '@');
    }
    await importBaseDeals(database);
  });
  afterAll(async () => database?.close());

  it('leaves the previous data intact and the database usable', async () => {
    const before = await tableCounts(database!);
    const big = await writeLargeImport(400_000);
    if (engine === 'embedded') {
      await database!.close(); // the child process needs the folder lock
      database = null;
    }
    expect(await importAndKill(big, target, 4_000)).toBe('SIGKILL');
    if (engine === 'embedded') database = await openDatabase(target, 'test');
    expect(await tableCounts(database!)).toEqual(before);
    const next = await runImport(database!, await writeFolder({ 'opportunities.csv': opportunitiesCsv([['after', 'After the crash', 'r1', 'prospect', '5', '2026-06-01', '']]) }), { preset: 'generic' });
    expect(next.errors).toEqual([]);
    expect(next.counts.opportunities).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await tableCounts(database!)).opportunities).toBe(before.opportunities! + 1);
  }, 120_000);
});
