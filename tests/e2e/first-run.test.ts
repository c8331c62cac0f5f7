// The first run in a real browser: setup creates the admin, loads the demo, and the
// People, Deals and Imports pages work and pass axe; a demo manager sees only their team.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, startTestServer, type RunningServer } from '../helpers/browser.ts';

const SCREENS = 'tmp/screens';

describe.skipIf(!hasChromium)('first run in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SCREENS}/e2e-${name}.png` });

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    ensureWebBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a new installation to setup, creates the admin and loads the demo', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/setup/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Organisation name').fill('Northwind Sales');
    await page.getByLabel('Your name').fill('Ada Admin');
    await page.getByLabel('Work email').fill('ada@example.com');
    await page.getByLabel('Password', { exact: true }).fill('a long admin password');
    await page.getByLabel('Confirm password').fill('a long admin password');
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByText('The demo organisation is ready').waitFor({ timeout: 150_000 });
    await shot('setup-done');
    expect(await seriousViolations(page)).toEqual([]);
  }, 200_000);

  it('shows the deals, filters them, and passes axe', async () => {
    await page.getByRole('link', { name: 'Explore the deals' }).click();
    await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor();
    const count = page.locator('#deals-results');
    await expect.poll(async () => count.innerText(), { timeout: 30_000 }).toMatch(/^[\d,]+ deals$/);
    const all = Number((await count.innerText()).replace(/\D/g, ''));
    expect(all).toBeGreaterThan(1000);
    await page.getByLabel('Outcome').selectOption('open');
    await expect.poll(async () => Number((await count.innerText()).replace(/\D/g, '')), { timeout: 30_000 }).toBeLessThan(all);
    expect(page.url()).toContain('outcome=open');
    await shot('deals-open');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('shows the org tree and the imports page, both accessible', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByText('Maria Becker').first().waitFor().catch(() => {});
    await shot('people');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
    await shot('imports');
    expect(await seriousViolations(page)).toEqual([]);
    for (const name of ['Users', 'Audit log']) {
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('cell', { name: 'setup' }).first().waitFor();
  }, 60_000);

  it('a demo manager signs in and sees only their own team', async () => {
    const { rows } = await server.database.pool.query<{ email: string; team: number; all: number }>(
      `SELECT u.email,
         (SELECT count(*)::int FROM opportunities o JOIN people p ON p.id = o.owner_id WHERE p.manager_id = u.person_id OR p.id = u.person_id) AS team,
         (SELECT count(*)::int FROM opportunities) AS all
       FROM users u WHERE u.role = 'manager' ORDER BY u.email LIMIT 1`);
    const manager = rows[0]!;
    // The demo password is shown once on the setup page; give this manager the admin's instead.
    const context = await browser.newContext();
    const managerPage = await context.newPage();
    await server.database.pool.query(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'ada@example.com') WHERE email = $1`, [manager.email]);
    await managerPage.goto(`${server.url}/sign-in`);
    await managerPage.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await seriousViolations(managerPage)).toEqual([]);
    await managerPage.getByLabel(/e-?mail/i).fill(manager.email);
    await managerPage.getByLabel('Password').fill('a long admin password');
    await managerPage.getByRole('button', { name: /sign in/i }).click();
    // A manager lands on This week (their coaching queue); their deals are one click away.
    await managerPage.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
    await managerPage.getByRole('link', { name: 'Deals', exact: true }).click();
    await managerPage.getByRole('heading', { name: 'Deals', level: 1 }).waitFor();
    const count = managerPage.locator('#deals-results');
    await expect.poll(async () => Number((await count.innerText()).replace(/\D/g, '')), { timeout: 30_000 }).toBe(manager.team);
    expect(manager.team).toBeLessThan(manager.all);
    expect(await managerPage.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await managerPage.screenshot({ path: `${SCREENS}/e2e-manager-deals.png` });
    await context.close();
  }, 60_000);
});
