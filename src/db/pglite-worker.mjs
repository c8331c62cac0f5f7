// Worker thread that owns the embedded database (PGlite) and serves it on a Unix socket
// with pglite-socket, so that the main thread talks to it with the ordinary `pg` client
// and never stalls on a long query (ADR 002). Plain JavaScript: a worker is started by
// Node itself, outside any TypeScript loader.
//
// It also runs COPY for bulk loads (ADR 015): the socket does not speak COPY, so the main
// thread posts COPY text here. PGlite is one session, so the COPY runs inside the socket
// client's open transaction; the main thread posts only while that client is idle.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { initDbStartParams, startParamsFor } from './pglite-settings.mjs';

// sharedBuffersMb: chosen by the starting thread from the folder's size (embedded-buffers.ts).
const { dataDir, socketPath, sharedBuffersMb } = workerData;

try {
  // In memory (tests) initdb still runs here; a folder was created beforehand (pglite-init.mjs).
  const startParams = startParamsFor(sharedBuffersMb);
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), startParams, initDbStartParams });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message?.type === 'copy') {
      await copyBlob(db, message);
      return;
    }
    if (message !== 'close') return;
    await server.stop();
    await db.close();
    parentPort.postMessage({ type: 'closed' });
  });
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

async function copyBlob(db, { id, sql, bytes }) {
  try {
    const result = await db.query(sql, [], { blob: new Blob([bytes]) });
    parentPort.postMessage({ type: 'copied', id, rows: result.affectedRows ?? 0 });
  } catch (error) {
    parentPort.postMessage({ type: 'copyFailed', id, message: error instanceof Error ? error.message : String(error), code: error?.code });
  }
}
