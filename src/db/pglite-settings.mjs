// PostgreSQL settings of the embedded engine, shared by the worker that serves it and the
// process that creates a new folder. Plain JavaScript: both run outside any TS loader.
import { PGlite } from '@electric-sql/pglite';

// PGlite zeroes its shared buffers when it starts, so every MB of shared_buffers is a MB of
// resident memory from the first second (128 MB by default), and its WebAssembly heap never
// shrinks. Table files are read through Node's fs (NODEFS): pages that do not fit here sit
// in the OS page cache, which is not our process's memory. The size is chosen from the
// folder's (src/db/embedded-buffers.ts): 64 MB for a new or small one, the same peak as 32 MB
// in the 100k import (537-551 MB against 524-595 MB) with twice the buffers, and initdb's.

const asParams = (settings) => settings.flatMap((setting) => ['-c', setting]);
const settingsFor = (sharedBuffersMb) => [`shared_buffers=${sharedBuffersMb}MB`];

/** For PGlite.create: the defaults plus ours (command line beats postgresql.conf). */
export const startParamsFor = (sharedBuffersMb) => [...PGlite.defaultStartParams, ...asParams(settingsFor(sharedBuffersMb))];
/** For initdb: bootstraps with small buffers and writes them into postgresql.conf. */
export const initDbStartParams = asParams(settingsFor(64));
