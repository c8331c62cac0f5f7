// How many MB of shared buffers the embedded engine starts with, read from the size of its
// tables on disk (ADR 002, amended 2026-11-23). PGlite zeroes its buffers at start, so each
// MB is resident from the first second: a small database keeps 64 MB. In a large one a
// day's import touches ~15,000 random pages (one per changed deal per index); with 64 MB the
// engine evicted, and wrote back, ~10,000 of them per import (docs/benchmarks-history.md,
// fourth pass). So a tenth of the tables' size, in steps of 16 MB, up to 256 MB (at 1M deals:
// 2.9 GB of tables).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const MIN_SHARED_BUFFERS_MB = 64;
export const MAX_SHARED_BUFFERS_MB = 256;
const MB = 1024 * 1024;
const STEP_MB = 16;

/** Shared buffers (MB) for a database whose table files take `tableBytes` bytes. */
export function sharedBuffersMb(tableBytes: number): number {
  const tenth = Math.floor(tableBytes / 10 / MB / STEP_MB) * STEP_MB;
  return Math.min(MAX_SHARED_BUFFERS_MB, Math.max(MIN_SHARED_BUFFERS_MB, tenth));
}

/**
 * Bytes of the table and index files under a PostgreSQL data directory (`base/`): the WAL
 * and the catalogs' shared files are left out. 0 when the folder has none yet.
 */
export async function tableBytes(dataDir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(join(dataDir, 'base'), { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
