// The analytics pages in a real browser: a demo manager's This week lists reps to coach,
// each with why; the Rep page draws the funnel and KPIs with their samples; the leader
// sees the Organisation page and a team's page. Every page passes axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, type RunningServer } from '../helpers/browser.ts';
import { signInPage } from '../helpers/browser-sign-in.ts';
import { managerWithRepsToCoach, startDemoServer, type DemoServer } from '../helpers/demo-browser-server.ts';

const SCREENS = 'tmp/screens';

describe.skipIf(!hasChromium)('analytics pages in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: DemoServer;
  let manager: Page;

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.url, email, demo.password, { width: 1366 });

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    ensureWebBuilt();
    demo = await startDemoServer();
    server = demo.server;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lands a manager on This week, with reps to coach and why", async () => {
    manager = await signIn(await managerWithRepsToCoach(demo));
    await manager.waitForURL(/\/this-week$/);
    await manager.getByRole('heading', { name: 'Coach this week' }).waitFor({ timeout: 30_000 });
    const cards = manager.locator('.queue-card');
    expect(await cards.count()).toBeGreaterThan(0);
    const why = (await cards.first().locator('.queue-why').innerText()).trim();
    expect(why.length).toBeGreaterThan(20);
    expect(why).toMatch(/[.!]$/);
    await manager.screenshot({ path: `${SCREENS}/e2e-this-week.png`, fullPage: true });
    expect(await seriousViolations(manager)).toEqual([]);
  }, 60_000);

  it('opens the Rep page from the queue, with the funnel and KPIs with their samples', async () => {
    const link = manager.locator('.queue-card').first().getByRole('heading', { level: 3 }).getByRole('link');
    const name = (await link.innerText()).trim();
    await link.click();
    await manager.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 30_000 });
    expect(manager.url()).toMatch(/\/reps\/\d+$/);
    await manager.getByRole('heading', { name: 'Stage conversion' }).waitFor();
    const funnel = manager.getByRole('application', { name: /Stage conversion/ });
    await funnel.waitFor();
    expect(await funnel.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const winRate = manager.locator('.kpi-tile').filter({ has: manager.getByText('Win rate', { exact: true }) });
    expect(await winRate.innerText()).toMatch(/n = [\d,]+ closed/);
    await manager.screenshot({ path: `${SCREENS}/e2e-rep.png`, fullPage: true });
    expect(await seriousViolations(manager)).toEqual([]);
  }, 60_000);

  it("shows the leader the Organisation page, and a team's page from it", async () => {
    const leader = await signIn(demo.logins.find((login) => login.role === 'leader')!.email);
    await leader.waitForURL(/\/org$/);
    await leader.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
    await leader.getByRole('heading', { name: 'Teams' }).waitFor({ timeout: 30_000 });
    const teamLinks = leader.getByRole('region', { name: 'Table of teams' }).getByRole('link');
    expect(await teamLinks.count()).toBeGreaterThan(0);
    await leader.getByRole('application', { name: /Stage conversion/ }).waitFor();
    await leader.screenshot({ path: `${SCREENS}/e2e-org.png`, fullPage: true });
    expect(await seriousViolations(leader)).toEqual([]);

    const managerName = (await teamLinks.first().innerText()).trim();
    await teamLinks.first().click();
    await leader.getByRole('heading', { name: `${managerName}'s team`, level: 1 }).waitFor({ timeout: 30_000 });
    expect(leader.url()).toMatch(/\/team\?managerId=\d+$/);
    await leader.getByRole('region', { name: "Table of the team's reps" }).waitFor();
    expect(await seriousViolations(leader)).toEqual([]);
  }, 60_000);
});
