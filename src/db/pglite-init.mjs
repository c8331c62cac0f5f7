// Creates a new embedded database folder (initdb) in a short-lived process of its own:
//   node pglite-init.mjs <dataDir>
// PGlite runs initdb in two extra WebAssembly instances whose memory stays in the process
// until garbage-collected (about 500 MB, docs/benchmarks.md); in its own process it is
// given back when the process exits. The folder is built beside the target and renamed
// into place, so an interrupted creation never leaves a half-made database behind.
import { rename, rm } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { initDbStartParams } from './pglite-settings.mjs';

const [dataDir] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: pglite-init.mjs <dataDir>');
  process.exit(2);
}
const staging = `${dataDir}.creating`;
await rm(staging, { recursive: true, force: true });
const db = await PGlite.create({ dataDir: staging, initDbStartParams });
await db.close();
await rename(staging, dataDir);
