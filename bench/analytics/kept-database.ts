// `--keep-db DIR`: keeps the analytics benchmark's prepared database (generated data
// imported, facts and rollups built, ANALYZE run) so that the next run at the same scale
// skips the import (about 18 minutes at 1M deals) and measures straight away. Each run
// works on a COPY, since the measurements themselves import a day's changes:
//   - embedded: DIR/embedded-<deals>-<key>/ holds the PGlite folder, copied to a temporary
//     folder for the run;
//   - postgres: a template database cb_keep_<deals>_<key> on the server, and
//     DIR/postgres-<deals>-<key>/manifest.json; the run's database is CREATE DATABASE …
//     TEMPLATE it.
// The folder's key hashes the data's manifest and the SQL that derives the stage facts
// (src/db/analytics/deal-stage-facts-sql.ts): a database prepared from other data or other
// facts is stale, reported and replaced. The manifest also lists the migrations applied
// and a hash of the code deriving the rollups: when migrations were only added since, or
// that code changed, the kept database is upgraded in place (new migrations applied, the
// rollups rebuilt from the facts: upgradeKept) before use, and the run says so; any other
// change of migrations makes it stale. Nothing is reused silently.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { BenchEngine } from '../benchmark-module.ts';
import type { ImportDataManifest } from '../generate-import-data.ts';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));
const FACTS_FILE = 'db/analytics/deal-stage-facts-sql.ts';
const DERIVING_FILES = [
  'db/analytics/refresh-deal-stage-facts.ts', 'db/analytics/refresh-rep-rollups.ts', 'db/analytics/close-rollup-sql.ts', 'db/schema/rollups.ts',
  'db/analytics/rebuild-org-facts.ts', 'db/analytics/clear-derived-rows.ts', 'db/analytics/rewrite-changed-rows-sql.ts',
];

/** `code`: the migrations and rollup code as they were when the run started (what it prepares with). */
export type KeptEntry = { folder: string; key: string; manifest: KeptManifest | null; upgrade: string | null; code: { migrations: string[]; derivedKey: string } };
export type KeptManifest = {
  key: string; engine: BenchEngine; deals: number; createdAt: string; templateDatabase: string | null; setup: unknown;
  migrations: string[]; derivedKey: string; upgrades?: { at: string; reason: string; seconds: number }[];
};

/** The key of a database prepared from this data with these stage facts. */
export async function keptDatabaseKey(data: ImportDataManifest): Promise<string> {
  return createHash('sha256').update(JSON.stringify(data)).update(await readFile(join(SOURCE, FACTS_FILE))).digest('hex').slice(0, 12);
}

/** Each migration file as name:hash, in order. */
export async function migrationList(): Promise<string[]> {
  const folder = join(SOURCE, 'db/migrations');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.sql')).sort();
  return Promise.all(names.map(async (n) => `${n}:${createHash('sha256').update(await readFile(join(folder, n))).digest('hex').slice(0, 12)}`));
}

export async function derivedCodeKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of DERIVING_FILES) hash.update(file).update(await readFile(join(SOURCE, file)).catch(() => Buffer.from('absent')));
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
  const migrations = await migrationList();
  const code = { migrations, derivedKey: await derivedCodeKey() };
  if (!manifest || manifest.key !== key) return { folder, key, manifest: null, upgrade: null, code };
  const kept = manifest.migrations ?? [];
  if (kept.length > migrations.length || kept.some((m, i) => migrations[i] !== m)) {
    log(`kept database ${folder} is stale (a migration it has was changed or removed): preparing it again`);
    return { folder, key, manifest: null, upgrade: null, code };
  }
  const added = migrations.length - kept.length;
  const derivedChanged = manifest.derivedKey !== code.derivedKey;
  const upgrade = added > 0 || derivedChanged
    ? [added > 0 ? `${added} new migration(s)` : '', derivedChanged ? 'rollup code changed' : ''].filter(Boolean).join(', ')
    : null;
  return { folder, key, manifest, upgrade, code };
}

/** Where the kept database itself is: its PGlite folder, or its template database's URL. */
export function keptTarget(entry: KeptEntry, pgAdminUrl: string): string {
  if (entry.manifest!.engine === 'embedded') return join(entry.folder, 'data');
  const url = new URL(pgAdminUrl);
  url.pathname = `/${entry.manifest!.templateDatabase}`;
  return url.toString();
}

/** Records an in-place upgrade of the kept database (bench/analytics/prepare-database.ts upgrades it). */
export async function recordUpgrade(entry: KeptEntry, reason: string, seconds: number): Promise<void> {
  const manifest: KeptManifest = {
    ...entry.manifest!, ...entry.code,
    upgrades: [...(entry.manifest!.upgrades ?? []), { at: new Date().toISOString(), reason, seconds }],
  };
  await writeFile(join(entry.folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  entry.manifest = manifest;
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
  const manifest: KeptManifest = {
    key: entry.key, engine, deals, createdAt: new Date().toISOString(), templateDatabase, setup,
    ...entry.code,
  };
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
