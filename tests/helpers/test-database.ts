// Database fixtures for tests: every test file gets a fresh embedded database in memory,
// and, when COACHBOARD_TEST_PG names a PostgreSQL server, a fresh database created on it
// (dropped afterwards). Tests call `describeEachEngine` so that one suite runs on both.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase, type Database, type Engine } from '../../src/db/client.ts';

export const POSTGRES_ADMIN_URL = process.env.COACHBOARD_TEST_PG ?? '';

export const ENGINES: readonly Engine[] = ['embedded', 'postgres'];

let warned = false;
function warnSkip(): void {
  if (warned) return;
  warned = true;
  console.warn('[tests] PostgreSQL tests skipped: set COACHBOARD_TEST_PG=postgres://user@host:port/db to run them.');
}

export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'embedded') return openDatabase(':memory:', 'test');
  const name = `cb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString(), 'test');
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const dropper = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Runs the suite once per engine; the PostgreSQL run is skipped (with a note) when none is configured. */
export function describeEachEngine(title: string, suite: (engine: Engine) => void): void {
  for (const engine of ENGINES) {
    const available = engine === 'embedded' || POSTGRES_ADMIN_URL !== '';
    if (!available) warnSkip();
    (available ? describe : describe.skip)(`${title} [${engine}]`, () => suite(engine));
  }
}
