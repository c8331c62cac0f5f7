// Starts the embedded PostgreSQL (PGlite) in a worker thread and tells where its socket is.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { copyIntoEmbedded, type CopyInto } from './copy-into.ts';
import { MIN_SHARED_BUFFERS_MB, sharedBuffersMb, tableBytes } from './embedded-buffers.ts';

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
  if (dataDir && !existsSync(join(dataDir, 'PG_VERSION'))) await createDataDir(dataDir);
  const buffers = dataDir ? sharedBuffersMb(await tableBytes(dataDir)) : MIN_SHARED_BUFFERS_MB;
  // A short temporary directory: Unix socket paths are limited to about 100 bytes.
  const socketDir = await mkdtemp(join(tmpdir(), 'cb-'));
  const socketPath = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir, socketPath, sharedBuffersMb: buffers },
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

// initdb in a child process, so that its ~500 MB of garbage never joins this one (see
// pglite-init.mjs). In memory (tests) there is no folder to hand over: the worker runs it.
async function createDataDir(dataDir: string): Promise<void> {
  const script = fileURLToPath(new URL('./pglite-init.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`The embedded database could not be created in ${dataDir}: ${stderr.trim() || `exit code ${code}`}`);
}
