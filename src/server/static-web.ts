// Serves the built web app (dist/web) and falls back to index.html for client routes.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { Hono } from 'hono';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

export function staticWeb(root = WEB_ROOT): Hono {
  const app = new Hono();
  app.get('*', async (c) => {
    if (!existsSync(join(root, 'index.html'))) {
      return c.text('The web app is not built yet: run `npm run build` (npm start does it for you).', 503);
    }
    const path = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (file.startsWith(root) && extname(file) && existsSync(file)) {
      const immutable = path.startsWith('/assets/');
      return c.body(await readFile(file), 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (extname(path)) return c.notFound();
    return c.html(await readFile(join(root, 'index.html'), 'utf8'), 200, { 'cache-control': 'no-cache' });
  });
  return app;
}
