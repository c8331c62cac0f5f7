// Step 1 of the stalls benchmark: a database holding the generated data, imported by the
// product's import and analyzed. It is the analytics benchmark's prepared database
// (bench/analytics/prepare-database.ts), so that with `--keep-db DIR` both modules share the
// one kept per scale (bench/analytics/kept-database.ts): whichever runs first prepares and
// keeps it, every later run measures a fresh copy (the bench server adds a user; the page
// calls write nothing else). Without --keep-db the data is imported into `target` here.
import type { BenchContext } from '../benchmark-module.ts';
import {
  findKeptDatabase, keepPrepared, keptDatabaseKey, keptTarget, recordUpgrade, restoreEmbedded, restorePostgres,
} from '../analytics/kept-database.ts';
import { prepareDatabase, upgradeKeptDatabase } from '../analytics/prepare-database.ts';
import { round, timed } from '../analytics/timing.ts';

export type StallSetup = {
  importSeconds: number;
  analyzeMs: number;
  keptDatabase: { reused: boolean; folder: string; key: string; preparedAt?: string; upgrades?: unknown[]; copySeconds: number } | null;
};

/** Fills `target` (an empty database of the engine) with the prepared data, copying a kept one when there is one. */
export async function preparedStallDatabase(target: string, context: BenchContext): Promise<StallSetup> {
  const { engine, deals, pgAdminUrl, log } = context;
  const say = (line: string) => log(`stalls ${engine}: ${line}`);
  if (!context.keepDbDir) {
    const setup = await prepareDatabase(target, context);
    return { importSeconds: setup.importSeconds, analyzeMs: setup.analyzeMs, keptDatabase: null };
  }
  const key = await keptDatabaseKey(context.data.manifest);
  const kept = await findKeptDatabase(context.keepDbDir, engine, deals, key, pgAdminUrl, log);
  if (!kept.manifest) {
    const setup = await prepareDatabase(target, context);
    const saved = await timed(() => keepPrepared(kept, engine, deals, target, pgAdminUrl, setup));
    say(`kept the prepared database in ${kept.folder} (${(saved.ms / 1000).toFixed(1)} s)`);
    return {
      importSeconds: setup.importSeconds, analyzeMs: setup.analyzeMs,
      keptDatabase: { reused: false, folder: kept.folder, key, copySeconds: round(saved.ms / 1000) },
    };
  }
  say(`reusing the kept database ${kept.folder} (prepared ${kept.manifest.createdAt})`);
  if (kept.upgrade) {
    say(`upgrading it first: ${kept.upgrade}`);
    const seconds = await upgradeKeptDatabase(keptTarget(kept, pgAdminUrl), engine, say);
    await recordUpgrade(kept, kept.upgrade, seconds);
  }
  const copied = await timed(() => (engine === 'embedded' ? restoreEmbedded(kept, target) : restorePostgres(kept, target, pgAdminUrl)));
  say(`copied in ${(copied.ms / 1000).toFixed(1)} s`);
  const setup = kept.manifest.setup as { importSeconds: number; analyzeMs: number };
  return {
    importSeconds: setup.importSeconds, analyzeMs: setup.analyzeMs,
    keptDatabase: {
      reused: true, folder: kept.folder, key, preparedAt: kept.manifest.createdAt,
      upgrades: kept.manifest.upgrades ?? [], copySeconds: round(copied.ms / 1000),
    },
  };
}
