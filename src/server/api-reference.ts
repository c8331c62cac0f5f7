// The browsable API reference at /api/reference: Swagger UI's static build (served from
// the swagger-ui-dist package, so no CDN is needed) pointed at /api/openapi.json.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);
const ASSETS = dirname(require.resolve('swagger-ui-dist/package.json'));
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coachboard API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/reference/swagger-ui.css"></head>
<body><div id="reference"></div>
<script src="/api/reference/swagger-ui-bundle.js"></script>
<script src="/api/reference/start.js"></script></body></html>`;

const START = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true });`;

export const apiReference = new Hono();

apiReference.get('/', (c) => c.html(PAGE));
apiReference.get('/start.js', (c) => c.body(START, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
apiReference.get('/:file', async (c) => {
  const file = c.req.param('file');
  const type = FILES[file];
  if (!type) return c.notFound();
  const body = await readFile(join(ASSETS, file));
  return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
});
