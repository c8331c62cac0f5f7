// The web app's build and dev server. Tests have their own vitest.config.ts, so this file
// is only about serving and bundling src/web.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API server (coachboard serve) listens on 3001 in development; the browser only ever
// talks to the Vite origin, so cookies and CSRF behave as they will in production.
// A regex, not a plain '/api' prefix: the dev server also serves the app's own modules
// from src/web/api/*.ts at /api/…, and those must not go to the API server.
const apiProxy = { '^/api/(v\\d+/|reference|openapi)': { target: 'http://127.0.0.1:3001', changeOrigin: false } };

export default defineConfig({
  root: fromRepo('./src/web'),
  plugins: [react()],
  build: {
    outDir: fromRepo('./dist/web'),
    emptyOutDir: true,
  },
  server: { port: 3000, strictPort: true, host: '127.0.0.1', proxy: apiProxy },
  preview: { port: 3000, strictPort: true, host: '127.0.0.1', proxy: apiProxy },
});
