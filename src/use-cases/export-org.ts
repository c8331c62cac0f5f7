// Export: every entity of the org as CSV (the generic preset's default layout, so that
// `coachboard import <folder>` reads it back) and as JSON, plus a manifest. Coaching notes
// are not part of it (SPEC §4.8: notes never appear in exports); the coaching guide is (behaviours,
// starter questions, stage targets), and an import of the folder restores it.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { Database } from '../db/client.ts';
import { recordAudit } from '../db/queries/audit.ts';
import { EXPORT_ENTITIES, readEntityRows, type ExportEntity } from '../db/queries/export-rows.ts';
import { ensureOrg, findOrg } from '../db/queries/orgs.ts';

/** A text cell a spreadsheet would run as a formula gets a leading quote (the importer removes it). */
export function neutraliseFormula(value: unknown): unknown {
  if (typeof value !== 'string' || !/^[=+\-@\t\r]/.test(value)) return value;
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

async function writeEntity(database: Database, orgId: number, entity: ExportEntity, folder: string): Promise<number> {
  const csvFile = createWriteStream(join(folder, `${entity.file}.csv`));
  const csv = stringify({ header: true, columns: entity.columns });
  csv.pipe(csvFile);
  const json = createWriteStream(join(folder, `${entity.file}.json`));
  json.write('[');
  let count = 0;
  for await (const rows of readEntityRows(database.pool, orgId, entity)) {
    for (const row of rows) {
      const cells = entity.columns.map((c) => neutraliseFormula(row[c] ?? null));
      if (!csv.write(cells)) await once(csv, 'drain');
      const ok = json.write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
      if (!ok) await once(json, 'drain');
      count += 1;
    }
  }
  json.end(count === 0 ? ']\n' : '\n]\n');
  csv.end();
  await Promise.all([once(csvFile, 'finish'), once(json, 'finish')]);
  return count;
}

export async function exportOrg(database: Database, folder: string, actorUserId: number | null): Promise<{ folder: string; counts: Record<string, number> }> {
  await mkdir(folder, { recursive: true });
  const orgId = await ensureOrg(database.pool);
  const counts: Record<string, number> = {};
  for (const entity of EXPORT_ENTITIES) counts[entity.name] = await writeEntity(database, orgId, entity, folder);
  const org = await findOrg(database.pool);
  await writeFile(join(folder, 'manifest.json'), `${JSON.stringify({
    format: 'coachboard-export', version: 1, org: org?.name ?? null, exportedAt: new Date().toISOString(), counts,
    reimport: 'coachboard import <this folder> --preset generic',
  }, null, 2)}\n`);
  await recordAudit(database.pool, orgId, actorUserId, 'export', { folder, counts });
  return { folder, counts };
}
