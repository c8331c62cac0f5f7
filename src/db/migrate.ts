// Applies the generated SQL migrations at start. On a shared PostgreSQL several servers
// may start at once: an advisory lock lets one migrate while the others wait.
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK_KEY = 726_384_001;

export async function migrateDatabase(db: NodePgDatabase<Record<string, unknown>>, pool: pg.Pool): Promise<void> {
  if (pool.options.max === 1) {
    // Embedded: one process holds the folder lock, and the pool has a single connection.
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return;
  }
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
