// Opens the database: the embedded engine (PGlite in a worker thread, file-backed under a
// folder, or in memory for tests) by default, or a PostgreSQL server when given a
// postgres:// URL. Both are reached with the same `pg` pool and the same Drizzle schema.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';
import { startEmbeddedServer } from './embedded-server.ts';
import { copyIntoPostgres, type CopyInto } from './copy-into.ts';
import { lockFolder, type FolderLock } from './folder-lock.ts';
import { migrateDatabase } from './migrate.ts';

export type Engine = 'embedded' | 'postgres';
export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  engine: Engine;
  pool: pg.Pool;
  db: Db;
  /** Where the data lives: a folder, ':memory:' or the server URL without password. */
  location: string;
  setLockInfo: (patch: { url?: string }) => void;
  /** Bulk load through COPY inside a pool client's transaction, on either engine (ADR 015). */
  copyInto: CopyInto;
  close: () => Promise<void>;
};

/** `target`: a postgres:// URL, a folder for the embedded engine, or ':memory:'. */
export async function openDatabase(target: string, purpose = 'cli'): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(target)) return openPostgres(target);
  return openEmbedded(target, purpose);
}

// Raw queries get plain values: dates as 'YYYY-MM-DD' strings, numerics and 64-bit
// counts as numbers (our amounts fit a double; counts fit 2^53).
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1082) return (value: string) => value;
    if (oid === 1700 || oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

async function openPostgres(url: string): Promise<Database> {
  // jit=off: the analytics queries are short aggregates over indexed rows, and PostgreSQL
  // spent 1.2–2.4 s per query JIT-compiling them at 1M deals (docs/benchmarks.md); no query
  // of ours runs long enough to win that back.
  const pool = new pg.Pool({ connectionString: url, max: 10, types: typeParsers, options: '-c jit=off' });
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const db = drizzle(pool, { schema });
  await migrateDatabase(db, pool);
  return {
    engine: 'postgres',
    pool,
    db,
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    setLockInfo: () => {},
    copyInto: registerCopy(pool, copyIntoPostgres),
    close: () => pool.end(),
  };
}

async function openEmbedded(target: string, purpose: string): Promise<Database> {
  const inMemory = target === ':memory:';
  const folder = inMemory ? null : resolve(target);
  let lock: FolderLock | null = null;
  if (folder) {
    mkdirSync(folder, { recursive: true });
    lock = lockFolder(folder, purpose);
  }
  try {
    const server = await startEmbeddedServer(folder ? resolve(folder, 'pgdata') : null);
    // PGlite is one backend: one connection, requests queue in the pool (ADR 002).
    const pool = new pg.Pool({
      host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres',
      max: 1, idleTimeoutMillis: 0, types: typeParsers,
    });
    pool.on('error', (error) => console.error('Embedded database pool error:', error.message));
    const db = drizzle(pool, { schema });
    await migrateDatabase(db, pool);
    return {
      engine: 'embedded',
      pool,
      db,
      location: folder ?? ':memory:',
      setLockInfo: (patch) => lock?.update(patch),
      copyInto: registerCopy(pool, server.copyInto),
      close: async () => {
        await pool.end();
        await server.stop();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

// The import writer is handed the pool only (writeImport(pool, …)); it finds the pool's
// COPY here. A pool not opened by openDatabase has none (the writer then stages by INSERT).
const copyByPool = new WeakMap<pg.Pool, CopyInto>();
function registerCopy(pool: pg.Pool, copy: CopyInto): CopyInto {
  copyByPool.set(pool, copy);
  return copy;
}
export const copyIntoOf = (pool: pg.Pool): CopyInto | undefined => copyByPool.get(pool);
