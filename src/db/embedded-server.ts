// Starts the embedded PostgreSQL (PGlite) in a worker thread and tells where its socket is.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { copyIntoEmbedded, type CopyInto } from './copy-into.ts';

export type EmbeddedServer = {
  socketDir: string;
  port: number;
  /** COPY run by the worker inside the socket client's transaction (ADR 015). */
  copyInto: CopyInto;
  stop: () => Promise<void>;
};

// pg connects to `${host}/.s.PGSQL.${port}` when host is a directory.
const SOCKET_PORT = 5432;

export async function startEmbeddedServer(dataDir: string | null): Promise<EmbeddedServer> {
  // A short temporary directory: Unix socket paths are limited to about 100 bytes.
  const socketDir = await mkdtemp(join(tmpdir(), 'cb-'));
  const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir, socketPath },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { type: string; message?: string }) => {
      if (message.type === 'ready') resolve();
      else reject(new Error(`The embedded database could not start: ${message.message ?? message.type}`));
    });
  });
  let stopped = false;
  return {
    socketDir,
    port: SOCKET_PORT,
    copyInto: copyIntoEmbedded(worker),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        worker.once('message', () => { clearTimeout(timer); resolve(); });
        worker.postMessage('close');
      });
      await worker.terminate();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}
