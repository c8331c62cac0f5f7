// Headless Chromium (Debian's package) driven by playwright-core, and a running server on
// a free port over an in-memory database, for browser tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { createApp } from '../../src/server/app.ts';
import { WEB_ROOT } from '../../src/server/static-web.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[tests] ${CHROMIUM} is absent: browser tests are skipped (apt-get install chromium).`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
}

/** Builds the web app once if `dist/web` is missing (CI builds it before the tests). */
export function ensureWebBuilt(): void {
  if (existsSync(`${WEB_ROOT}/index.html`)) return;
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
}

export type RunningServer = { url: string; database: Database; stop: () => Promise<void> };

export async function startTestServer(): Promise<RunningServer> {
  const database = await openDatabase(':memory:', 'test');
  const app = createApp(database);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}

/** axe-core violations of serious or critical impact on the current page. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Check the settled page, not a loading skeleton.
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}
