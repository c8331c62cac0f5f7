// `coachboard serve`: the web app and the API on one port.
import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { openDatabase } from '../db/client.ts';
import { databaseTarget, readEnvironment } from '../env.ts';
import { createApp } from '../server/app.ts';

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the web app and the HTTP API')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .option('--api-only', 'serve only the API (for development with Vite)')
    .action(async (opts: { port?: string; host?: string; db?: string; apiOnly?: boolean }) => {
      const env = readEnvironment();
      const port = opts.port ? Number(opts.port) : env.PORT;
      const host = opts.host ?? env.HOST;
      const database = await openDatabase(databaseTarget(opts.db, env), 'server');
      const app = createApp(database, { serveWeb: !opts.apiOnly });
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
        database.setLockInfo({ url });
        console.log(`Coachboard is running at ${url} (${database.engine} database: ${database.location})`);
      });
      const stop = () => {
        console.log('Stopping…');
        server.close(() => {
          void database.close().then(() => process.exit(0));
        });
        setTimeout(() => process.exit(0), 5_000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
