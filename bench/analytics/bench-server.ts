// The real HTTP server (createApp + @hono/node-server) in the bench process, on a free
// port of 127.0.0.1, with an admin login and a personal API token to call it with.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { createUser, issueApiToken } from '../../src/use-cases/manage-users.ts';

export type BenchServer = { baseUrl: string; token: string; close: () => Promise<void> };

const ADMIN_EMAIL = 'bench-admin@example.com';

export async function startBenchServer(database: Database): Promise<BenchServer> {
  const created = await createUser(database, null, {
    email: ADMIN_EMAIL, role: 'admin', personId: null, password: 'bench-admin-password',
  });
  if (!created.ok && created.reason !== 'email_taken') throw new Error(`bench admin: ${created.reason}`);
  const token = await issueApiToken(database, ADMIN_EMAIL, 'bench');
  if (!token) throw new Error('bench admin: no token issued');
  const app = createApp(database, { serveWeb: false });
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    close: () => new Promise<void>((resolve) => {
      const s = server as unknown as { close: (cb: () => void) => void; closeAllConnections?: () => void };
      s.close(() => resolve());
      s.closeAllConnections?.();
    }),
  };
}
