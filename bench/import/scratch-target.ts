// A fresh, empty database of an engine for one piece of work, removed afterwards: a
// scratch database on the PostgreSQL server, or a temporary folder for the embedded engine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchEngine } from '../benchmark-module.ts';
import { checkpointServer, createScratchDatabase } from './scratch-postgres.ts';

/** Runs `work` with the target (postgres:// URL or folder) of a fresh database of the engine. */
export async function withScratchTarget<T>(
  engine: BenchEngine, pgAdminUrl: string, kind: string, work: (target: string) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres') {
    const scratch = await createScratchDatabase(pgAdminUrl, `cb_bench_${kind}_${process.pid}`);
    try {
      return await work(scratch.url);
    } finally {
      await scratch.drop();
      // Flush the dropped run's dirty pages now, not during the next measurement.
      await checkpointServer(pgAdminUrl);
    }
  }
  const folder = await mkdtemp(join(tmpdir(), `cb-bench-${kind}-`));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
