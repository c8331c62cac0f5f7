// The coaching rhythm in a real browser, on a small org (a leader, two managers, three reps;
// no CRM data): a manager plans sessions from the cadences, edits a rep's 1:1 (a bad length is
// refused next to the field) and sees the planned sessions move; creates, copies and revokes a
// calendar feed; the leader sees every manager flagged, then a time report lifts one into the
// band; the rep lands on their own coaching page with the commitment and the summary, never the
// private note. Each page passes axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, startTestServer, type RunningServer } from '../helpers/browser.ts';
import { signInPage } from '../helpers/browser-sign-in.ts';

const SCREENS = 'tmp/screens';
const PASSWORD = 'a long test password';
const PRIVATE = 'Private: worried about her move to the north territory';
const SPECIFY = 'Open each discovery call with one question about how they buy today, before any slide.';
const COMMITMENT = 'Ask the buying-process question on the Acme and Birch calls';

describe.skipIf(!hasChromium)('the coaching rhythm in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.url, email, PASSWORD, {
    prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }),
  });

  /** The API as a signed-in user (cookie and CSRF token), for the one piece of data set up by hand. */
  async function apiAs(email: string) {
    const signedIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    return async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      return (await response.json()) as { id: number };
    };
  }

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    ensureWebBuilt();
    server = await startTestServer();
    await setUpOrg(server.database, { orgName: 'Northwind Sales', name: 'Ada Admin', email: 'ada@example.com', password: PASSWORD });
    const { pool } = server.database;
    const orgId = (await pool.query<{ id: number }>('SELECT id FROM orgs LIMIT 1')).rows[0]!.id;
    const add = async (name: string, role: 'leader' | 'manager' | 'rep', managerId: number | null) => {
      const id = (await pool.query<{ id: number }>(
        `INSERT INTO people (org_id, external_id, source, name, role, manager_id) VALUES ($1, $2, 'test', $2, $3, $4) RETURNING id`,
        [orgId, name, role, managerId])).rows[0]!.id;
      const email = `${name.split(' ')[0]!.toLowerCase()}@example.com`;
      expect((await createUser(server.database, null, { email, role, personId: id, password: PASSWORD })).ok).toBe(true);
      return id;
    };
    const lena = await add('Lena Leader', 'leader', null);
    const mia = await add('Mia Manager', 'manager', lena);
    const max = await add('Max Manager', 'manager', lena);
    const rae = await add('Rae Rep', 'rep', mia);
    await add('Sam Seller', 'rep', mia);
    await add('Ola Other', 'rep', max);
    // One 1:1 held a few minutes ago, with a private note and a commitment.
    const asMia = await apiAs('mia@example.com');
    const heldAt = `${new Date(Date.now() - 5 * 60_000).toISOString().slice(0, 19)}Z`;
    const session = await asMia('POST', '/sessions', { kind: 'one_on_one', repId: rae, status: 'held', heldAt, durationMin: 30 });
    await asMia('PATCH', `/sessions/${session.id}`, { privateNote: PRIVATE, specify: SPECIFY });
    const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await asMia('POST', `/sessions/${session.id}/commitments`, { text: COMMITMENT, dueOn });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('plans sessions from the cadences, and an edited 1:1 moves its planned sessions', async () => {
    manager = await signIn('mia@example.com');
    await manager.goto(`${server.url}/cadences`);
    await manager.getByRole('heading', { name: 'Rhythms' }).waitFor({ timeout: 30_000 });
    const raeRow = manager.locator('.cadence-table tbody tr').filter({ hasText: 'Rae Rep' });
    await raeRow.getByText(/^Weekly on/).waitFor();
    await manager.getByRole('button', { name: 'Plan the next 4 weeks' }).click();
    const raeSessions = manager.locator('.upcoming-list li').filter({ hasText: '1:1 with Rae Rep' });
    await raeSessions.first().waitFor({ timeout: 30_000 });
    expect(await raeSessions.count()).toBeGreaterThanOrEqual(4);
    expect(await raeSessions.first().innerText()).not.toMatch(/Fri/);

    await manager.getByRole('button', { name: 'Edit the 1:1 with Rae Rep' }).click();
    const form = manager.getByRole('form', { name: 'Edit 1:1 with Rae Rep' });
    await form.getByLabel('Day').selectOption('5');
    await form.getByLabel('Time').fill('15:30');
    await form.getByLabel('Minutes').fill('2');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Between 5 and 480 minutes, in whole minutes.').waitFor();
    expect(await form.getByLabel('Minutes').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Minutes').fill('45');
    await form.getByRole('button', { name: 'Save' }).click();
    await manager.getByText(/1:1 with Rae Rep saved\. \d+ sessions? planned/).waitFor({ timeout: 30_000 });
    await raeRow.getByText('Weekly on Friday at 15:30').waitFor();
    await manager.waitForFunction(() => [...document.querySelectorAll('.upcoming-list li')]
      .filter((li) => li.textContent?.includes('1:1 with Rae Rep'))
      .every((li) => li.textContent?.includes('Fri') && li.textContent.includes('45 min')));
    expect(await raeSessions.count()).toBeGreaterThanOrEqual(3);
    await manager.screenshot({ path: `${SCREENS}/e2e-cadences.png`, fullPage: true });
    expect(await seriousViolations(manager)).toEqual([]);
  }, 90_000);

  it('creates, copies and revokes a calendar feed', async () => {
    const feeds = manager.locator('.feeds-table');
    await feeds.getByRole('button', { name: 'Create a feed URL for Mia Manager' }).click();
    const field = manager.getByLabel("Feed URL of Mia Manager's calendar");
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await fetch(url);
    expect([feed.status, feed.headers.get('content-type')]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await manager.getByRole('button', { name: 'Copy', exact: true }).click();
    await manager.getByText(/^Copied\./).waitFor();
    expect(await manager.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await seriousViolations(manager)).toEqual([]);

    await feeds.getByRole('button', { name: "Revoke Mia Manager's feed URL" }).click();
    await manager.getByText("Revoke Mia Manager's feed URL?").waitFor();
    await manager.getByRole('button', { name: 'Revoke feed' }).click();
    await manager.getByText(/feed URL is revoked/).first().waitFor();
    expect((await fetch(url)).status).toBe(404);
    await feeds.getByRole('button', { name: 'Create a feed URL for Mia Manager' }).waitFor();
  }, 60_000);

  it("shows the leader every manager's week, flagged under 10 %", async () => {
    const leader = await signIn('lena@example.com');
    await leader.goto(`${server.url}/accountability`);
    const max = leader.locator('.accountability-table tbody tr').filter({ hasText: 'Max Manager' });
    await max.waitFor({ timeout: 30_000 });
    expect(await max.getAttribute('data-band')).toBe('flag');
    await max.getByText('Flag: under 10 %').waitFor();
    expect(await leader.locator('.accountability-table tbody tr').filter({ hasText: 'Mia Manager' }).getAttribute('data-band')).toBe('flag');
    expect(await seriousViolations(leader)).toEqual([]);
    await leader.close();
  }, 60_000);

  it("lifts a manager's coaching share with the week's time report", async () => {
    await manager.goto(`${server.url}/accountability`);
    await manager.getByRole('heading', { name: 'My coaching week' }).waitFor();
    const thisWeek = manager.locator('.accountability-table tbody tr').first();
    await thisWeek.locator('.share-value').getByText('1 %').waitFor({ timeout: 30_000 });
    await manager.getByLabel('Coaching (hours)').fill('12');
    await manager.locator('.time-preview').getByText('31 %').waitFor();
    await manager.locator('.time-preview').getByText('In the band').waitFor();
    await manager.getByLabel('Admin and reporting (hours)').fill('-1');
    await manager.getByText('Hours from 0 to 168.').waitFor();
    await manager.getByLabel('Admin and reporting (hours)').fill('8');
    await manager.getByRole('button', { name: 'Save the week' }).click();
    await manager.getByText('Saved. The coaching share is updated.').waitFor();
    await thisWeek.locator('.share-value').getByText('31 %').waitFor({ timeout: 30_000 });
    expect(await thisWeek.getAttribute('data-band')).toBe('target');
    expect(await seriousViolations(manager)).toEqual([]);
    // This week's strip says the same.
    await manager.goto(`${server.url}/this-week`);
    const strip = manager.getByRole('region', { name: 'Your coaching week' });
    await strip.getByText('in the 25–40 % band').waitFor({ timeout: 30_000 });
    expect(await strip.innerText()).toContain('31 %');
    expect(await seriousViolations(manager)).toEqual([]);

    const leader = await signIn('lena@example.com');
    await leader.goto(`${server.url}/accountability`);
    const mia = leader.locator('.accountability-table tbody tr').filter({ hasText: 'Mia Manager' });
    await mia.getByText('In the band').waitFor({ timeout: 30_000 });
    expect(await mia.getAttribute('data-band')).toBe('target');
    await leader.close();
  }, 60_000);

  it('lands a rep on their own coaching: the commitment and the summary, never the private note', async () => {
    const rep = await signIn('rae@example.com');
    await rep.waitForURL(/\/my-coaching$/);
    await rep.getByText(COMMITMENT).waitFor({ timeout: 30_000 });
    await rep.getByText(SPECIFY).waitFor();
    await rep.getByRole('heading', { name: /^Coming up/ }).waitFor();
    const body = await rep.locator('main').innerText();
    expect(body).not.toContain(PRIVATE);
    expect(body).not.toContain('Private');
    await rep.screenshot({ path: `${SCREENS}/e2e-my-coaching.png`, fullPage: true });
    expect(await seriousViolations(rep)).toEqual([]);
    await rep.close();
  }, 60_000);
});
