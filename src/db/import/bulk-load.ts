// The bulk path for imports that dwarf the table they write to (ADR 013). Row-by-row
// foreign-key triggers and index maintenance cost more than checking every reference in
// one query and building each index once: so, inside the import's transaction, the
// table's foreign keys and non-unique indexes are dropped, the upsert runs, and they are
// re-created from their exact definitions (re-adding a foreign key validates every row in
// one set-based query). All of it is transactional: an error, a rollback or a kill -9
// leaves the table, its keys and its indexes as they were.
import type pg from 'pg';

/** 'auto': bulk when the import is big and dwarfs the table; the others force a path (tests). */
export type BulkLoadMode = 'auto' | 'always' | 'never';

/** Below this many incoming rows the plain path is as fast, and takes no table lock. */
export const BULK_MIN_ROWS = 50_000;
// Wait at most this long for the table locks; past it, the plain path is taken instead.
const LOCK_TIMEOUT = '5s';

// The mode used when an import does not name one. Tests switch it to run the same import
// suites on both paths (tests/import/bulk-path.test.ts); nothing else changes it.
let defaultMode: BulkLoadMode = 'auto';
export const defaultBulkLoadMode = (): BulkLoadMode => defaultMode;
export function setDefaultBulkLoadMode(mode: BulkLoadMode): void {
  defaultMode = mode;
}

type Constraint = { name: string; definition: string };
type Restorable = { indexes: string[]; foreignKeys: Constraint[]; primaryKey: Constraint | null; unique: boolean };

/**
 * `uniqueToo`: also drop the unique indexes and the primary key (when no foreign key
 * references the table), for a first load whose rows are known to be unique (ADR 015):
 * the write must then insert without ON CONFLICT, and the rebuild re-checks uniqueness.
 */
export type BulkLoadOptions = { uniqueToo?: boolean };

export async function shouldBulkLoad(
  client: pg.PoolClient, table: string, incomingRows: number, mode: BulkLoadMode,
): Promise<boolean> {
  if (mode !== 'auto') return mode === 'always';
  if (incomingRows < BULK_MIN_ROWS) return false;
  // Counting stops at the incoming size: only "is the table smaller than the import" matters.
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} LIMIT $1) existing`, [incomingRows]);
  return rows[0]!.n < incomingRows;
}

/**
 * Runs `write` with the table's foreign keys and non-unique indexes dropped when `bulk`,
 * and puts them back afterwards. When the locks cannot be had within LOCK_TIMEOUT (a long
 * reader on PostgreSQL), it falls back to running `write` on the table as it is.
 */
export async function withBulkLoad<T>(
  client: pg.PoolClient, table: string, bulk: boolean, write: (uniqueDropped: boolean) => Promise<T>,
  options: BulkLoadOptions = {},
): Promise<T> {
  if (!bulk) return write(false);
  const dropped = await dropKeysAndIndexes(client, table, options.uniqueToo ?? false);
  if (!dropped) return write(false);
  const result = await write(dropped.unique);
  await restoreKeysAndIndexes(client, table, dropped);
  return result;
}

async function dropKeysAndIndexes(client: pg.PoolClient, table: string, uniqueToo: boolean): Promise<Restorable | null> {
  // Unique indexes only when asked, and never one a constraint stands on (its key's own).
  const { rows: indexRows } = await client.query<{ definition: string; name: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) AS definition, c.relname AS name
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND (NOT i.indisunique OR $2::bool)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY c.relname`, [table, uniqueToo]);
  const { rows: keyRows } = await client.query<Constraint>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`, [table]);
  const { rows: primaryRows } = uniqueToo ? await client.query<Constraint>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint p
     WHERE conrelid = $1::regclass AND contype = 'p'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = p.conrelid)`, [table]) : { rows: [] };
  const primaryKey = primaryRows[0] ?? null;
  const dropConstraints = [...keyRows, ...(primaryKey ? [primaryKey] : [])];
  if (indexRows.length === 0 && dropConstraints.length === 0) return null;
  const { rows: setting } = await client.query<{ value: string }>(`SELECT current_setting('lock_timeout') AS value`);
  await client.query('SAVEPOINT bulk_load');
  try {
    await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    if (dropConstraints.length > 0) {
      await client.query(`ALTER TABLE ${table} ${dropConstraints.map((k) => `DROP CONSTRAINT ${quoteName(k.name)}`).join(', ')}`);
    }
    if (indexRows.length > 0) await client.query(`DROP INDEX ${indexRows.map((i) => quoteName(i.name)).join(', ')}`);
    await client.query('RELEASE SAVEPOINT bulk_load');
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error; // lock_not_available
    await client.query('ROLLBACK TO SAVEPOINT bulk_load');
    await client.query('RELEASE SAVEPOINT bulk_load');
    await client.query(`SET LOCAL lock_timeout = '${setting[0]!.value}'`);
    return null;
  }
  await client.query(`SET LOCAL lock_timeout = '${setting[0]!.value}'`);
  return { indexes: indexRows.map((i) => i.definition), foreignKeys: keyRows, primaryKey, unique: uniqueToo };
}

async function restoreKeysAndIndexes(client: pg.PoolClient, table: string, dropped: Restorable): Promise<void> {
  for (const definition of dropped.indexes) await client.query(definition);
  // One ALTER re-adds every key, each validated by one scan (not a trigger per row).
  const keys = [...(dropped.primaryKey ? [dropped.primaryKey] : []), ...dropped.foreignKeys];
  if (keys.length > 0) {
    await client.query(`ALTER TABLE ${table} ${keys.map((k) => `ADD CONSTRAINT ${quoteName(k.name)} ${k.definition}`).join(', ')}`);
  }
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
