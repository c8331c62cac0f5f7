// A whole PAUSE session in a real browser: a demo manager starts a 1:1 from This week, reviews
// an earlier commitment if there is one, rates the focus behaviour, sees the live Specify check
// warn and then clear, agrees a dated commitment and holds the session; the rep then opens it
// and sees the summary and the commitment, never the private note; the next 1:1 with that rep
// opens on the commitment, which the manager marks not done with a note. The page passes axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, type RunningServer } from '../helpers/browser.ts';
import { signInPage } from '../helpers/browser-sign-in.ts';
import { managerWithRepsToCoach, startDemoServer, type DemoServer } from '../helpers/demo-browser-server.ts';

const SCREENS = 'tmp/screens';
const PRIVATE = 'Private: worried about the Q3 territory change';
const COMMITMENT = 'Open the next Acme discovery call with the downtime cost of two similar plants';

describe.skipIf(!hasChromium)('a PAUSE session in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: DemoServer;
  let manager: Page;
  let sessionUrl = '';
  let repName = '';

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

  it('runs a whole session from This week', async () => {
    manager = await signIn(await managerWithRepsToCoach(demo));
    await manager.waitForURL(/\/this-week$/);
    const card = manager.locator('.queue-card').first();
    await card.waitFor({ timeout: 30_000 });
    repName = (await card.getByRole('heading', { level: 3 }).getByRole('link').innerText()).trim();
    await card.getByRole('button', { name: `Start 1:1 with ${repName}` }).click();
    await manager.waitForURL(/\/sessions\/\d+$/, { timeout: 30_000 });
    sessionUrl = manager.url();
    await manager.getByRole('heading', { name: `1:1 with ${repName}`, level: 1 }).waitFor();

    // Prepare: the generated view, and the review of an earlier commitment when there is one.
    await manager.getByRole('heading', { name: '1. Prepare' }).waitFor();
    await manager.getByRole('heading', { name: 'Top gap' }).waitFor({ timeout: 30_000 });
    const reviews = manager.locator('.review-item');
    if (await reviews.count() > 0) {
      const first = reviews.first();
      await first.getByRole('textbox').fill('Did it on two of three calls');
      await first.getByRole('button', { name: 'Done', exact: true }).click();
      await first.getByText('Done', { exact: true }).and(first.locator('strong')).waitFor();
    }
    const note = manager.getByLabel('Prepare note');
    await note.fill(`${await note.inputValue()}\nAlso: ask about the Acme renewal.`);
    await note.blur();
    await manager.getByText('Saved', { exact: true }).first().waitFor();
    await manager.screenshot({ path: `${SCREENS}/e2e-session-prepare.png`, fullPage: true });
    expect(await seriousViolations(manager)).toEqual([]);

    // Affirm, with a private note.
    await manager.getByRole('button', { name: 'Next: Affirm' }).click();
    await manager.getByText(/development, not evaluation/i).first().waitFor();
    await manager.getByLabel('Private note').fill(PRIVATE);
    await manager.getByLabel('Private note').blur();
    await manager.getByText('Saved', { exact: true }).first().waitFor();

    // Understand: observed behaviour, source, rating.
    await manager.getByRole('button', { name: 'Next: Understand' }).click();
    await manager.getByLabel('Observed behaviour and evidence').fill('On the Tuesday joint call she opened with the product demo, not with an insight about their downtime.');
    const behaviour = manager.getByLabel('Behaviour rated');
    if ((await behaviour.inputValue()) === '') await behaviour.selectOption({ index: 1 });
    await manager.getByLabel('Source').selectOption('joint_call');
    await manager.getByRole('radio', { name: /^2/ }).check();
    await manager.getByRole('button', { name: /Save Understand/ }).click();
    await manager.getByText('Saved', { exact: true }).first().waitFor();

    // Specify: a text about outcomes warns live; a behaviour change clears it.
    await manager.getByRole('button', { name: 'Next: Specify' }).click();
    const picker = manager.getByLabel('Stage and behaviour');
    if ((await picker.inputValue()) === '') await picker.selectOption({ index: 1 });
    const specify = manager.getByLabel('One behaviour change');
    await specify.fill('Hit your numbers and be more confident.');
    await manager.locator('.check-warning[data-code="outcome_language"]').waitFor({ timeout: 10_000 });
    expect(await manager.locator('.check-warning').count()).toBeGreaterThan(0);
    await manager.screenshot({ path: `${SCREENS}/e2e-session-specify.png`, fullPage: true });
    await specify.fill('In each first meeting this week, open with one insight about what unplanned downtime costs plants like theirs, before any demo.');
    await manager.locator('.check-ok').waitFor({ timeout: 10_000 });
    expect(await manager.locator('.check-warning').count()).toBe(0);
    await specify.blur();

    // Embed: a dated commitment, then hold.
    await manager.getByRole('button', { name: 'Next: Embed' }).click();
    await manager.getByLabel('New commitment').fill(COMMITMENT);
    await manager.getByRole('button', { name: 'Add commitment' }).click();
    await manager.locator('.commitment-list').getByText(COMMITMENT).waitFor();
    await manager.getByRole('button', { name: 'Hold session' }).click();
    await manager.getByText(/Session held/).waitFor();
    expect(await seriousViolations(manager)).toEqual([]);
  }, 120_000);

  it('opens the next 1:1 with that rep on the commitment just agreed, and records its review', async () => {
    await manager.goto(`${server.url}/this-week`);
    const card = manager.locator('.queue-card').filter({ has: manager.getByRole('heading', { level: 3, name: repName }) });
    await card.getByRole('button', { name: `Start 1:1 with ${repName}` }).click();
    await manager.waitForURL((url) => /\/sessions\/\d+$/.test(url.pathname) && url.href !== sessionUrl, { timeout: 30_000 });
    const item = manager.getByRole('listitem', { name: `Commitment: ${COMMITMENT}` });
    await item.waitFor({ timeout: 30_000 });
    await item.getByRole('textbox').fill('Opened with the insight once; the other two calls were demos again.');
    await item.getByRole('button', { name: 'Not done', exact: true }).click();
    await expect.poll(async () => item.getByRole('button', { name: 'Not done', exact: true }).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    // The verdict and its note are stored: a fresh load of the session shows them.
    await manager.reload();
    const reloaded = manager.getByRole('listitem', { name: `Commitment: ${COMMITMENT}` });
    await reloaded.waitFor({ timeout: 30_000 });
    expect(await reloaded.getByRole('button', { name: 'Not done', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await reloaded.getByRole('textbox').inputValue()).toContain('the other two calls were demos again');
  }, 90_000);

  it('shows the rep the summary and the commitment, not the private note', async () => {
    const rep = demo.logins.find((l) => l.role === 'rep' && l.name === repName);
    expect(rep, `a login for ${repName}`).toBeDefined();
    const page = await signIn(rep!.email);
    await page.goto(sessionUrl);
    await page.getByRole('heading', { name: 'Summary' }).waitFor({ timeout: 30_000 });
    await page.getByText(COMMITMENT).waitFor();
    await page.getByText(/open with one insight about what unplanned downtime costs/).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).not.toContain(PRIVATE);
    expect(body).not.toContain('Prepare note');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
