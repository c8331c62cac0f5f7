// What a bulk loader (pg_restore's way) takes off a set of tables before it loads them,
// and puts back after: every primary and unique key, every other index, every foreign key
// of those tables, and every foreign key of another table that stands on one of their keys
// (those tables are empty on a first load, so re-adding their keys costs nothing).
// src/db/import/bulk-load.ts goes less far: it keeps a primary key that another table's
// foreign key stands on (people's, opportunities'); the floor is the lowest any loader can
// reach, so it takes those off too. Definitions are read from the catalog
// (pg_get_indexdef, pg_get_constraintdef) and re-created exactly: keys, then indexes, then
// foreign keys, each foreign key validated by one scan of its table.
import type { FloorSession } from './floor-session.ts';

type Definition = { table: string; name: string; definition: string };
export type TakenOff = { foreignKeys: Definition[]; keys: Definition[]; indexes: Definition[] };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function readTakenOff(session: FloorSession, tables: readonly string[]): Promise<TakenOff> {
  const foreignKeys = await session.query<Definition>(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))
     ORDER BY 1, 2`, [tables]);
  const keys = await session.query<Definition>(
    `SELECT k.conrelid::regclass::text AS "table", k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k
     WHERE k.contype IN ('p', 'u') AND k.conrelid::regclass::text = ANY($1)
     ORDER BY 1, 2`, [tables]);
  const indexes = await session.query<Definition>(
    `SELECT i.indrelid::regclass::text AS "table", c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid::regclass::text = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
     ORDER BY 1, 2`, [tables]);
  return { foreignKeys, keys, indexes };
}

export async function takeOff(session: FloorSession, off: TakenOff): Promise<void> {
  for (const key of [...off.foreignKeys, ...off.keys]) {
    await session.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
  }
  if (off.indexes.length > 0) await session.query(`DROP INDEX ${off.indexes.map((i) => quote(i.name)).join(', ')}`);
}

/** Re-creates what was taken off; returns each statement's time (a key's or index's build). */
export async function putBack(session: FloorSession, off: TakenOff): Promise<{ label: string; seconds: number }[]> {
  const timings: { label: string; seconds: number }[] = [];
  const timed = async (label: string, sql: string) => {
    const started = performance.now();
    await session.query(sql);
    timings.push({ label, seconds: (performance.now() - started) / 1000 });
  };
  for (const key of off.keys) await timed(key.name, `ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
  for (const index of off.indexes) await timed(index.name, index.definition);
  // One ALTER per table re-adds its foreign keys, as bulk-load.ts does.
  for (const table of new Set(off.foreignKeys.map((k) => k.table))) {
    const keys = off.foreignKeys.filter((k) => k.table === table);
    await timed(`foreign keys of ${table}`, `ALTER TABLE ${table} ${keys.map((k) => `ADD CONSTRAINT ${quote(k.name)} ${k.definition}`).join(', ')}`);
  }
  return timings;
}

/** Every index and constraint definition of the tables (and keys onto them), to check that they came back exactly. */
export async function schemaShape(session: FloorSession, tables: readonly string[]): Promise<string[]> {
  const rows = await session.query<{ line: string }>(
    `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
     FROM pg_constraint WHERE conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1)
     UNION ALL
     SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid::regclass::text = ANY($1)
     ORDER BY 1`, [tables]);
  return rows.map((r) => r.line);
}
