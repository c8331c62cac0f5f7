// Inserts or updates rows from a source query and counts what happened, in one
// statement: created (new key), updated (key existed, a value differed) and unchanged.
import type pg from 'pg';
import { shouldBulkLoad, withBulkLoad, type BulkLoadMode } from './bulk-load.ts';

export type EntityCounts = { created: number; updated: number; unchanged: number };

export type UpsertSpec = {
  table: string;
  /** Columns written, in the order the source query returns them. */
  columns: string[];
  /** The unique key to match on (must be a unique index or constraint). */
  key: string[];
  /** Columns compared and updated when the key exists (default: columns not in key). */
  compare?: string[];
  /** Extra assignments on update, e.g. 'updated_at = now()'. */
  onUpdate?: string[];
  /** The source rows: a SELECT returning `columns`, one row per key. */
  source: string;
  params: unknown[];
  /** Rows staged for this table: big imports into small tables take the bulk path (ADR 013). */
  bulk?: { mode: BulkLoadMode; incomingRows: number };
};

export async function upsertCounted(client: pg.PoolClient, spec: UpsertSpec): Promise<EntityCounts> {
  const compare = spec.compare ?? spec.columns.filter((c) => !spec.key.includes(c));
  const conflict = compare.length === 0
    ? 'DO NOTHING'
    : `DO UPDATE SET ${[...compare.map((c) => `${c} = EXCLUDED.${c}`), ...(spec.onUpdate ?? [])].join(', ')}
       WHERE (${compare.map((c) => `${spec.table}.${c}`).join(', ')}, NULL) IS DISTINCT FROM (${compare.map((c) => `EXCLUDED.${c}`).join(', ')}, NULL)`;
  const bulk = spec.bulk ? await shouldBulkLoad(client, spec.table, spec.bulk.incomingRows, spec.bulk.mode) : false;
  const { rows } = await withBulkLoad(client, spec.table, bulk, () => client.query<{ total: number; created: number; updated: number }>(
    `WITH src AS (${spec.source}),
     up AS (
       INSERT INTO ${spec.table} (${spec.columns.join(', ')})
       SELECT ${spec.columns.join(', ')} FROM src
       ON CONFLICT (${spec.key.join(', ')}) ${conflict}
       RETURNING (xmax = 0) AS inserted
     )
     SELECT (SELECT count(*) FROM src)::int AS total,
            count(*) FILTER (WHERE inserted)::int AS created,
            count(*) FILTER (WHERE NOT inserted)::int AS updated
     FROM up`,
    spec.params,
  ));
  const row = rows[0]!;
  return { created: row.created, updated: row.updated, unchanged: row.total - row.created - row.updated };
}
