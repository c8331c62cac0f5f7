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
  /**
   * Rows staged for this table: big imports into small tables take the bulk path (ADR 013).
   * With `orgId`, a bulk load into a table holding none of the org's rows (a first load)
   * also drops the unique keys and inserts without ON CONFLICT (ADR 015).
   */
  bulk?: { mode: BulkLoadMode; incomingRows: number; orgId?: number };
};

export async function upsertCounted(client: pg.PoolClient, spec: UpsertSpec): Promise<EntityCounts> {
  const compare = spec.compare ?? spec.columns.filter((c) => !spec.key.includes(c));
  const conflict = compare.length === 0
    ? 'DO NOTHING'
    : `DO UPDATE SET ${[...compare.map((c) => `${c} = EXCLUDED.${c}`), ...(spec.onUpdate ?? [])].join(', ')}
       WHERE (${compare.map((c) => `${spec.table}.${c}`).join(', ')}, NULL) IS DISTINCT FROM (${compare.map((c) => `EXCLUDED.${c}`).join(', ')}, NULL)`;
  const bulk = spec.bulk ? await shouldBulkLoad(client, spec.table, spec.bulk.incomingRows, spec.bulk.mode) : false;
  const firstLoad = bulk && spec.bulk?.orgId !== undefined && !(await orgHasRows(client, spec.table, spec.bulk.orgId));
  const { rows } = await withBulkLoad(client, spec.table, bulk, (uniqueDropped) => uniqueDropped
    ? insertAll(client, spec)
    : client.query<{ total: number; created: number; updated: number }>(
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
  ), { uniqueToo: firstLoad });
  const row = rows[0]!;
  return { created: row.created, updated: row.updated, unchanged: row.total - row.created - row.updated };
}

// Every source row is new (the org has none in the table) and one per key: a plain INSERT,
// with the keys rebuilt afterwards, counts the same as the upsert would.
function insertAll(client: pg.PoolClient, spec: UpsertSpec) {
  return client.query<{ total: number; created: number; updated: number }>(
    `WITH up AS (INSERT INTO ${spec.table} (${spec.columns.join(', ')}) ${spec.source} RETURNING 1)
     SELECT count(*)::int AS total, count(*)::int AS created, 0 AS updated FROM up`, spec.params);
}

async function orgHasRows(client: pg.PoolClient, table: string, orgId: number): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM ${table} WHERE org_id = $1 LIMIT 1`, [orgId]);
  return rows.length > 0;
}
