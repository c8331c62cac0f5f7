// Writes small CSV folders in the generic preset's default layout for import tests.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';

export const PEOPLE_CSV = [
  'externalId,name,role,manager,email,region',
  'm1,Maria Manager,manager,,maria@example.com,North',
  'r1,Rita Rep,rep,m1,rita@example.com,North',
  'r2,Raj Rep,rep,m1,raj@example.com,North',
].join('\n');

export function opportunitiesCsv(rows: string[][]): string {
  return ['externalId,name,owner,stage,amount,createdAt,closedAt', ...rows.map((r) => r.join(','))].join('\n');
}

export const BASE_DEALS = [
  ['d1', 'Deal one', 'r1', 'prospect', '1000', '2026-01-05', ''],
  ['d2', 'Deal two', 'r1', 'won', '2500.50', '2026-01-10', '2026-03-01'],
  ['d3', 'Deal three', 'r2', 'lost', '900', '2026-02-01', '2026-03-15'],
];

export async function writeFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'cb-fixture-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), `${content}\n`);
  return folder;
}

/** Imports PEOPLE_CSV and BASE_DEALS (generic preset) into `database`; any problem fails the test. */
export async function importBaseDeals(database: Database): Promise<void> {
  const report = await runImport(database, await writeFolder({ 'people.csv': PEOPLE_CSV, 'opportunities.csv': opportunitiesCsv(BASE_DEALS) }), { preset: 'generic' });
  expect(report.errors).toEqual([]);
}
