// `--keep-db DIR`: keeps the analytics benchmark's prepared database (generated data
// imported, facts and rollups built, ANALYZE run) so that the next run at the same scale
// skips the import (about 18 minutes at 1M deals) and measures straight away. Each run
// works on a COPY, since the measurements themselves import a day's changes:
//   - embedded: DIR/embedded-<deals>-<key>/ holds the PGlite folder, copied to a temporary
//     folder for the run;
//   - postgres: a template database cb_keep_<deals>_<key> on the server, and
//     DIR/postgres-<deals>-<key>/manifest.json; the run's database is CREATE DATABASE …
//     TEMPLATE it.
// The key hashes the data's manifest, every migration file and the files that derive the
// stored analytics data, so a database prepared by other code is never reused: it is
// reported as stale and replaced.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { BenchEngine } from '../benchmark-module.ts';
import type { ImportDataManifest } from '../generate-import-data.ts';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));
/** Code whose output is stored in the kept database besides the import's rows. */
const DERIVING_FILES = ['db/analytics/refresh-deal-stage-facts.ts', 'db/analytics/refresh-rep-rollups.ts'];

export type KeptEntry = { folder: string; key: string; manifest: KeptManifest | null };
export type KeptManifest = { key: string; engine: BenchEngine; deals: number; createdAt: string; templateDatabase: string | null; setup: unknown };

/** The key of a database prepared from this data by this code. */
export async function keptDatabaseKey(data: ImportDataManifest): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(data));
  const migrations = join(SOURCE, 'db/migrations');
  for (const name of (await readdir(migrations)).filter((n) => n.endsWith('.sql')).sort()) {
    hash.update(name).update(await readFile(join(migrations, name)));
  }
  for (const file of DERIVING_FILES) {
    hash.update(file).update(await readFile(join(SOURCE, file)).catch(() => Buffer.from('absent')));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Finds the kept database for this engine, scale and key; removes stale ones of the same scale, saying so. */
export async function findKeptDatabase(
  dir: string, engine: BenchEngine, deals: number, key: string, pgAdminUrl: string, log: (line: string) => void,
): Promise<KeptEntry> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const prefix = `${engine}-${deals}-`;
  for (const name of await readdir(root)) {
    if (!name.startsWith(prefix) || name === `${prefix}${key}`) continue;
    log(`kept database ${name} is stale (data, migrations or analytics code changed since it was prepared): removing it`);
    const stale = await readManifest(join(root, name));
    if (stale?.templateDatabase) await dropDatabase(pgAdminUrl, stale.templateDatabase);
    await rm(join(root, name), { recursive: true, force: true });
  }
  const folder = join(root, `${prefix}${key}`);
  const manifest = await readManifest(folder);
  return { folder, key, manifest: manifest?.key === key ? manifest : null };
}

/** Copies a kept embedded database into `target` (an empty folder). */
export async function restoreEmbedded(entry: KeptEntry, target: string): Promise<void> {
  await cp(join(entry.folder, 'data'), target, { recursive: true, filter: (source) => !source.endsWith('.lock') });
}

/** Saves the prepared database (closed) as the kept one. */
export async function keepPrepared(
  entry: KeptEntry, engine: BenchEngine, deals: number, target: string, pgAdminUrl: string, setup: unknown,
): Promise<void> {
  await rm(entry.folder, { recursive: true, force: true });
  await mkdir(entry.folder, { recursive: true });
  let templateDatabase: string | null = null;
  if (engine === 'embedded') {
    await cp(target, join(entry.folder, 'data'), { recursive: true, filter: (source) => !source.endsWith('.lock') });
  } else {
    templateDatabase = `cb_keep_${deals}_${entry.key}`;
    await dropDatabase(pgAdminUrl, templateDatabase);
    await admin(pgAdminUrl, `CREATE DATABASE ${templateDatabase} TEMPLATE ${databaseOf(target)}`);
  }
  const manifest: KeptManifest = { key: entry.key, engine, deals, createdAt: new Date().toISOString(), templateDatabase, setup };
  await writeFile(join(entry.folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Replaces the (empty) scratch database `target` by a copy of the kept template. */
export async function restorePostgres(entry: KeptEntry, target: string, pgAdminUrl: string): Promise<void> {
  const name = databaseOf(target);
  await dropDatabase(pgAdminUrl, name);
  await admin(pgAdminUrl, `CREATE DATABASE ${name} TEMPLATE ${entry.manifest!.templateDatabase}`);
}

async function readManifest(folder: string): Promise<KeptManifest | null> {
  try {
    return JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as KeptManifest;
  } catch {
    return null;
  }
}

function databaseOf(url: string): string {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
