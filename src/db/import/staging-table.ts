// Streams located records into a temporary staging table: by COPY when the engine offers
// it (ADR 015), else in batches, with one `INSERT ... SELECT FROM unnest($1::type[], ...)`
// per batch (set-based, through the ordinary protocol). Memory stays bounded by the batch.
import type pg from 'pg';
import type { Located } from '../../importers/import-plan.ts';
import type { CopyInto } from '../copy-into.ts';
import { copyField, CopyTextBuffer } from './copy-text.ts';

export type StagingColumn<T> = {
  name: string;
  type: 'text' | 'int' | 'numeric' | 'date' | 'timestamp' | 'bool' | 'float8';
  value: (record: T) => string | number | boolean | null | undefined;
};

const BATCH_ROWS = 5_000;

export async function createStagingTable<T>(
  client: pg.PoolClient, table: string, columns: StagingColumn<T>[],
): Promise<void> {
  const defs = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  await client.query(`CREATE TEMP TABLE ${table} (line int NOT NULL, file text NOT NULL, ${defs}) ON COMMIT DROP`);
}

/** Loads a stream into the staging table; returns the number of rows staged. */
export async function stageRecords<T>(
  client: pg.PoolClient,
  table: string,
  columns: StagingColumn<T>[],
  records: AsyncIterable<Located<T>>,
  onProgress?: (rows: number) => void,
  copy?: CopyInto,
): Promise<number> {
  if (copy) return copyRecords(client, table, columns, records, copy, onProgress);
  const names = ['line', 'file', ...columns.map((c) => c.name)];
  const types = ['int', 'text', ...columns.map((c) => c.type)];
  const sql = `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${
    types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  let arrays: unknown[][] = names.map(() => []);
  let pending = 0;
  let total = 0;
  const flush = async () => {
    if (pending === 0) return;
    await client.query(sql, arrays);
    total += pending;
    onProgress?.(total);
    arrays = names.map(() => []);
    pending = 0;
  };
  for await (const { record, file, line } of records) {
    arrays[0]!.push(line);
    arrays[1]!.push(file);
    for (let i = 0; i < columns.length; i += 1) {
      const v = columns[i]!.value(record);
      arrays[i + 2]!.push(v === undefined ? null : v);
    }
    pending += 1;
    if (pending >= BATCH_ROWS) await flush();
  }
  await flush();
  return total;
}

/**
 * Statistics for the planner on the columns the checks and upserts join or group on, from
 * a small sample: it needs their row counts and distinct values, not fine histograms, and a
 * full ANALYZE of every column took 0.8-3 s per 100k staged rows (ADR 015).
 */
export async function analyzeStaging(client: pg.PoolClient, table: string, columns: string[]): Promise<void> {
  const { rows } = await client.query<{ target: string }>(`SELECT current_setting('default_statistics_target') AS target`);
  await client.query('SET LOCAL default_statistics_target = 10');
  await client.query(`ANALYZE ${table} (${columns.join(', ')})`);
  await client.query(`SET LOCAL default_statistics_target = ${Number(rows[0]!.target)}`);
}

const COPY_CHUNK_CHARS = 2 * 1024 * 1024;

async function copyRecords<T>(
  client: pg.PoolClient, table: string, columns: StagingColumn<T>[], records: AsyncIterable<Located<T>>,
  copy: CopyInto, onProgress?: (rows: number) => void,
): Promise<number> {
  const buffer = new CopyTextBuffer(COPY_CHUNK_CHARS);
  async function* text(): AsyncGenerator<string> {
    for await (const { record, file, line } of records) {
      const full = buffer.add(`${line}\t${copyField(file)}\t${columns.map((c) => copyField(c.value(record))).join('\t')}`);
      if (full !== null) {
        onProgress?.(buffer.rows);
        yield full;
      }
    }
    const rest = buffer.take();
    if (rest !== null) yield rest;
  }
  const total = await copy(client, table, ['line', 'file', ...columns.map((c) => c.name)], text());
  onProgress?.(total);
  return total;
}
