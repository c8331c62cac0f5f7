// Export, then import into an empty database, reproduces the org: the second export has
// exactly the same rows as the first.
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { exportOrg } from '../../src/use-cases/export-org.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

async function sortedCsvs(folder: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.csv')).sort()) {
    const [header, ...rows] = (await readFile(join(folder, file), 'utf8')).trimEnd().split('\n');
    out[file] = [header!, ...rows.sort()];
  }
  return out;
}

describeEachEngine('export and re-import', (engine) => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([openTestDatabase(engine), openTestDatabase(engine)]);
  });
  afterAll(async () => { await source?.close(); await target?.close(); });

  it('reproduces the org exactly', async () => {
    const demo = await loadDemo(source, { seed: 11, reps: 8, asOf: '2026-03-31', actorUserId: null });
    expect(demo.errors).toEqual([]);
    const first = await mkdtemp(join(tmpdir(), 'cb-export-a-'));
    const exported = await exportOrg(source, first, null);
    expect(exported.counts.opportunities).toBeGreaterThan(100);
    expect(exported.counts.stageHistory).toBeGreaterThan(exported.counts.opportunities!);

    const report = await runImport(target, first, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(await tableCounts(target)).toEqual(await tableCounts(source));

    const second = await mkdtemp(join(tmpdir(), 'cb-export-b-'));
    await exportOrg(target, second, null);
    expect(await sortedCsvs(second)).toEqual(await sortedCsvs(first));
    const json = JSON.parse(await readFile(join(second, 'opportunities.json'), 'utf8')) as unknown[];
    expect(json).toHaveLength(exported.counts.opportunities!);
  });
});
