// The schema floor: the time ANY loader would need to put our import's rows into the
// product's own tables, with nothing to check, parse or resolve. After our import, its
// rows (internal ids resolved: exactly what the product stores) are dumped by COPY … TO
// into text files; then, into a fresh database with the product's schema (migrations run by
// openDatabase, as bench/import-child.ts opens its database), they are loaded twice:
//   indexed: COPY into the tables with all their keys, indexes and foreign keys in place;
//   bulk:    the same, with every key, index and foreign key of those tables taken
//            off first and re-created after (bench/import/floor-keys.ts).
// Both are timed from BEGIN to the end of COMMIT, on a connection like the raw baseline's
// (bench/import/floor-session.ts), and checked by counting the rows afterwards.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchEngine } from '../benchmark-module.ts';
import { openDatabase } from '../../src/db/client.ts';
import { openEmbeddedSession, openPostgresSession, type FloorSession } from './floor-session.ts';
import { putBack, readTakenOff, schemaShape, takeOff } from './floor-keys.ts';
import { withScratchTarget } from './scratch-target.ts';

type FloorTable = { table: string; order: string };

/** The tables our import fills, in load order (a foreign key's target first). */
const LOADED: readonly FloorTable[] = [
  { table: 'people', order: 'org_id, id' },
  { table: 'accounts', order: 'org_id, id' },
  { table: 'products', order: 'org_id, id' },
  { table: 'opportunities', order: 'org_id, id' },
  { table: 'stage_history', order: 'org_id, opportunity_id, entered_at, stage_id' },
];
/** What those tables' foreign keys stand on: copied in before the timing, not measured. */
const PREREQUISITES: readonly FloorTable[] = [
  { table: 'orgs', order: 'id' },
  { table: 'stages', order: 'org_id, id' },
];
const LOADED_NAMES = LOADED.map((t) => t.table);

export type DumpedTable = FloorTable & { columns: string[]; file: string; rows: number };
export type FloorDump = { prerequisites: DumpedTable[]; loaded: DumpedTable[]; seconds: number };

export type FloorLoad = {
  /** BEGIN to the end of COMMIT. */
  seconds: number;
  /** The COPYs alone. */
  copySeconds: number;
  /** Bulk only: taking off and re-creating the keys and indexes (0 when indexed). */
  keysSeconds: number;
  /** Bulk only: how many foreign keys, keys and indexes were taken off and re-created. */
  takenOff: { foreignKeys: number; keys: number; indexes: number } | null;
  /** Bulk only: the slowest re-creations (a key, an index, one table's foreign keys). */
  rebuilds: { label: string; seconds: number }[];
  rows: Record<string, number>;
};

/** Opens a session on a database of the engine that no one else has open. */
export const openSession = (engine: BenchEngine, target: string): Promise<FloorSession> =>
  engine === 'postgres' ? openPostgresSession(target) : openEmbeddedSession(join(target, 'pgdata'));

/** Dumps the product-form rows of `target` (our import's database, closed) into `folder`. */
export async function dumpProductRows(engine: BenchEngine, target: string, folder: string): Promise<FloorDump> {
  const session = await openSession(engine, target);
  try {
    const started = performance.now();
    const dump = async (t: FloorTable): Promise<DumpedTable> => {
      // Stored columns in table order (a generated column cannot be copied in).
      const cols = await session.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0
           AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`, [t.table]);
      const columns = cols.map((c) => c.name);
      const file = join(folder, `${t.table}.tsv`);
      await session.copyOut(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${t.table} ORDER BY ${t.order}`, file);
      const counted = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t.table}`);
      return { ...t, columns, file, rows: counted[0]!.n };
    };
    const prerequisites: DumpedTable[] = [];
    for (const t of PREREQUISITES) prerequisites.push(await dump(t));
    const loaded: DumpedTable[] = [];
    for (const t of LOADED) loaded.push(await dump(t));
    return { prerequisites, loaded, seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}

/** Loads the dump into a fresh database of the engine with the product's schema. */
export function loadFloor(
  engine: BenchEngine, pgAdminUrl: string, dump: FloorDump, mode: 'indexed' | 'bulk',
): Promise<FloorLoad> {
  return withScratchTarget(engine, pgAdminUrl, `floor_${mode}`, async (target) => {
    const database = await openDatabase(target, 'bench'); // runs the migrations
    await database.close();
    const session = await openSession(engine, target);
    try {
      await session.query('BEGIN');
      for (const t of dump.prerequisites) await session.copyIn(t.table, t.columns, t.file);
      await session.query('COMMIT');
      await session.query('CHECKPOINT'); // the prerequisites' pages are not written during the timing
      const shapeBefore = await schemaShape(session, LOADED_NAMES);
      const result = await timedLoad(session, dump, mode);
      if ((await schemaShape(session, LOADED_NAMES)).join('\n') !== shapeBefore.join('\n')) {
        throw new Error(`schema floor (${mode}): the keys and indexes did not come back exactly`);
      }
      for (const t of dump.loaded) {
        const counted = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t.table}`);
        result.rows[t.table] = counted[0]!.n;
        if (counted[0]!.n !== t.rows) throw new Error(`schema floor (${mode}): ${t.table} has ${counted[0]!.n} rows, expected ${t.rows}`);
      }
      return result;
    } finally {
      await session.close();
    }
  });
}

async function timedLoad(session: FloorSession, dump: FloorDump, mode: 'indexed' | 'bulk'): Promise<FloorLoad> {
  // Read before the timing: a bulk loader knows its schema.
  const off = mode === 'bulk' ? await readTakenOff(session, LOADED_NAMES) : null;
  const started = performance.now();
  await session.query('BEGIN');
  let keysSeconds = 0;
  let rebuilds: { label: string; seconds: number }[] = [];
  if (off) {
    const t0 = performance.now();
    await takeOff(session, off);
    keysSeconds += (performance.now() - t0) / 1000;
  }
  const copyStarted = performance.now();
  for (const t of dump.loaded) await session.copyIn(t.table, t.columns, t.file);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  if (off) {
    const t0 = performance.now();
    rebuilds = await putBack(session, off);
    keysSeconds += (performance.now() - t0) / 1000;
  }
  await session.query('COMMIT');
  return {
    seconds: (performance.now() - started) / 1000,
    copySeconds,
    keysSeconds,
    takenOff: off ? { foreignKeys: off.foreignKeys.length, keys: off.keys.length, indexes: off.indexes.length } : null,
    rebuilds: rebuilds.sort((a, b) => b.seconds - a.seconds).slice(0, 12),
    rows: {},
  };
}

/** The document's `import.floor`; ratios are raw ÷ floor in time, like `ratio` (raw ÷ ours). */
export type ImportFloor = {
  indexedSeconds: number;
  bulkSeconds: number;
  ratioIndexed: number;
  ratioBulk: number;
  indexed: Omit<FloorLoad, 'rows' | 'keysSeconds' | 'takenOff' | 'rebuilds'>;
  bulk: Omit<FloorLoad, 'rows'>;
  /** Rows loaded per table (checked by counting after each load). */
  rows: Record<string, number>;
  /** Dumping our import's rows (not part of any timing). */
  dumpSeconds: number;
  dumpMb: number;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function measureSchemaFloor(
  engine: BenchEngine, pgAdminUrl: string, dump: FloorDump, rawSeconds: number, log: (line: string) => void,
): Promise<ImportFloor> {
  log(`import ${engine}: schema floor, indexed (COPY into the tables with every key and index)`);
  const indexed = await loadFloor(engine, pgAdminUrl, dump, 'indexed');
  log(`import ${engine}: floor indexed ${indexed.seconds.toFixed(1)} s; now bulk (keys and indexes off, COPY, back on)`);
  const bulk = await loadFloor(engine, pgAdminUrl, dump, 'bulk');
  log(`import ${engine}: floor bulk ${bulk.seconds.toFixed(1)} s (COPY ${bulk.copySeconds.toFixed(1)} s, keys ${bulk.keysSeconds.toFixed(1)} s)`);
  let bytes = 0;
  for (const t of [...dump.prerequisites, ...dump.loaded]) bytes += (await stat(t.file)).size;
  return {
    indexedSeconds: round(indexed.seconds),
    bulkSeconds: round(bulk.seconds),
    ratioIndexed: round(rawSeconds / indexed.seconds, 3),
    ratioBulk: round(rawSeconds / bulk.seconds, 3),
    indexed: { seconds: round(indexed.seconds), copySeconds: round(indexed.copySeconds) },
    bulk: { seconds: round(bulk.seconds), copySeconds: round(bulk.copySeconds), keysSeconds: round(bulk.keysSeconds), takenOff: bulk.takenOff,
      rebuilds: bulk.rebuilds.map((r) => ({ ...r, seconds: round(r.seconds) })) },
    rows: bulk.rows,
    dumpSeconds: round(dump.seconds),
    dumpMb: Math.round(bytes / 2 ** 20),
  };
}
