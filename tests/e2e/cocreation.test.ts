// A whole co-creation session in a real browser, on the small hand-built org of the stall tests:
// a manager finds a stalled deal on the Stalled deals page (and snoozes another), opens its deal
// room, starts a session, maps the stakeholders and the obstacle, captures ideas through three
// lenses (seeing the discount-only warning, then clearing it), chooses one, agrees a dated next
// step, holds the session, records the outcome and captures an innovation, which the library then
// finds by a word of its lesson. The rep sees the session's summary; another session is cancelled.
// Every page passes axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, startTestServer, type RunningServer } from '../helpers/browser.ts';
import { signInPage } from '../helpers/browser-sign-in.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { AS_OF, stallFixtureFiles } from '../stalls/stall-fixture.ts';

const SCREENS = 'tmp/screens';
const PASSWORD = 'a long password for tests';
const DISCOUNT_IDEA = 'Give them 15% off the licence if they sign this month';
const PHASED_IDEA = 'Phase the rollout: one plant this quarter, the other two next budget year';
const NEXT_STEP = 'Send the CFO a two-phase proposal with the first phase inside the operations budget';
const LESSON = 'Mid-sized plants buy in phases that fit one fiscal year: a first phase inside the operations budget needs no board vote.';

describe.skipIf(!hasChromium)('a co-creation session in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let sessionUrl = '';

  const signIn = (email: string): Promise<Page> => signInPage(browser, server.url, email, PASSWORD);

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    ensureWebBuilt();
    server = await startTestServer();
    const { database } = server;
    await setUpOrg(database, { orgName: 'Acme Industrial', name: 'Ada Admin', email: 'admin@example.com', password: PASSWORD });
    expect((await runImport(database, await writeFolder(stallFixtureFiles()), { preset: 'generic' })).errors).toEqual([]);
    const { rows } = await database.pool.query<{ ext: string; id: number }>("SELECT external_id AS ext, id FROM people WHERE external_id IN ('m1', 'r1')");
    const person = (ext: string) => rows.find((r) => r.ext === ext)!.id;
    for (const [email, role, ext] of [['maria@example.com', 'manager', 'm1'], ['rita@example.com', 'rep', 'r1']] as const) {
      expect((await createUser(database, null, { email, role, personId: person(ext), password: PASSWORD })).ok).toBe(true);
    }
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs from the stalled-deals page to a captured innovation found in the library', async () => {
    const page = await signIn('maria@example.com');

    // Stalled deals, as of the fixture's date: Maria's team only, with signals in words; snooze one.
    await page.goto(`${server.url}/stalled-deals?asOf=${AS_OF}`);
    const table = page.getByRole('table', { name: /Stalled deals/ });
    await table.waitFor({ timeout: 30_000 });
    await page.getByText(/6 of 9 open deals stalled/).waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Stuck in Propose')]));
    await table.getByText('Long in stage').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/e2e-stalled-deals.png`, fullPage: true });
    await page.getByRole('button', { name: 'Snooze Gone quiet' }).click();
    await page.getByLabel('Why is it paused?').fill('Their plant is closed for the summer shutdown');
    await page.getByLabel('Snooze until').fill('2026-08-15');
    await page.getByRole('form', { name: 'Snooze Gone quiet' }).getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('heading', { name: /Snoozed \(1\)/ }).waitFor();
    await page.getByText('Their plant is closed for the summer shutdown').waitFor();

    // The deal room, then a new co-creation session.
    await table.getByRole('link', { name: 'Stuck in Propose' }).click();
    await page.waitForURL(/\/deals\/\d+\?asOf=/);
    await page.getByRole('heading', { name: 'Stuck in Propose', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Stage timeline' }).waitFor();
    await page.getByText('Long in stage').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/e2e-deal-room.png`, fullPage: true });
    await page.getByRole('button', { name: 'Start co-creation session' }).click();
    await page.waitForURL(/\/co-creation\/\d+$/, { timeout: 30_000 });
    sessionUrl = page.url();

    // Investigate: stakeholders (a change and a new one), the obstacle and why.
    await page.getByRole('heading', { name: '1. Investigate' }).waitFor();
    await page.getByLabel('Stance of Contact 1 of o1').selectOption('champion');
    await page.getByLabel('Name', { exact: true }).fill('Dana Ortiz');
    await page.getByLabel('Role', { exact: true }).fill('CFO');
    await page.getByLabel('Stance', { exact: true }).selectOption('blocker');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByRole('rowheader', { name: 'Dana Ortiz' }).waitFor();
    expect(await page.getByLabel('Stance of Contact 1 of o1').inputValue()).toBe('champion');
    await page.getByRole('checkbox', { name: /Dana Ortiz engaged/ }).check();
    await page.getByRole('row', { name: /Dana Ortiz/ }).getByText('Yes').waitFor();
    await page.getByRole('radio', { name: /Price or budget/ }).check();
    await page.getByLabel('Why is it blocked?').fill('The CFO froze new spending until the next budget year; the plant manager still wants it.');
    await page.getByLabel('Why is it blocked?').blur();
    await page.getByText('Saved', { exact: true }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Create: a discount-only start warns; two more lenses clear it.
    await page.getByRole('button', { name: 'Next: Create' }).click();
    await page.getByRole('heading', { name: '2. Create' }).waitFor();
    await page.getByText(/fitted to price or budget/).waitFor();
    await page.getByLabel('New idea through Modify').fill(DISCOUNT_IDEA);
    await page.getByLabel('New idea through Modify').press('Enter');
    await page.locator('.thinking-warning[data-code="all_discount"]').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${SCREENS}/e2e-cocreation-create.png`, fullPage: true });
    await page.getByLabel('New idea through Rearrange').fill(PHASED_IDEA);
    await page.getByLabel('New idea through Rearrange').press('Enter');
    await page.getByLabel('New idea through Substitute').fill('Swap the upfront licence for a paid pilot from the operations budget');
    await page.getByLabel('New idea through Substitute').press('Enter');
    await page.getByRole('list', { name: 'Ideas: Substitute' }).waitFor();
    await expect.poll(() => page.locator('.thinking-warning').count()).toBe(0);
    expect(await page.getByTestId('lens-count').innerText()).toBe('3');
    expect(await page.getByTestId('idea-count').innerText()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);

    // Share: choose the phased rollout, decide, agree a dated next step, hold.
    await page.getByRole('button', { name: 'Next: Share' }).click();
    await page.getByRole('heading', { name: '3. Share' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(PHASED_IDEA.slice(0, 20)) }).check();
    await expect.poll(() => page.locator('.choose-list li[data-chosen="true"]').count()).toBe(1);
    await page.getByLabel('What we decided').fill('Propose a two-phase rollout; no discount.');
    await page.getByLabel('What we decided').blur();
    await page.getByRole('textbox', { name: 'Next step', exact: true }).fill(NEXT_STEP);
    await page.getByLabel('Carries out').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add next step' }).click();
    await page.locator('.commitment-list').getByText(NEXT_STEP).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hold session' }).click();

    // Outcome, then the capture with its lesson.
    await page.getByRole('heading', { name: '4. Outcome' }).waitFor();
    await page.getByRole('radio', { name: /Moved forward/ }).check();
    await page.getByLabel(/What made the difference/).fill('The CFO approved phase one the same week.');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page.getByRole('heading', { name: 'Capture as an innovation' }).waitFor();
    await page.getByLabel('Title').fill('Phase the rollout to fit a frozen budget');
    expect(await page.getByLabel('The approach').inputValue()).toContain(PHASED_IDEA);
    await page.getByLabel('The lesson').fill(LESSON);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Capture in the library' }).click();
    await page.getByText(/Captured in the library as/).waitFor();

    // The library finds it by a word of its lesson, highlighted.
    await page.getByRole('link', { name: 'Innovation library' }).click();
    await page.getByLabel('Search').fill('fiscal');
    await page.waitForURL(/q=fiscal/);
    const card = page.locator('.innovation-card', { hasText: 'Phase the rollout to fit a frozen budget' });
    await card.waitFor();
    expect(await card.locator('mark').first().innerText()).toMatch(/fiscal/i);
    await page.getByText(/1 innovation matching/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/e2e-library.png`, fullPage: true });
    await card.getByRole('link', { name: 'Phase the rollout to fit a frozen budget' }).click();
    await page.getByText(LESSON).waitFor();
  }, 180_000);

  it("shows the rep the session's summary and next step, read-only", async () => {
    const page = await signIn('rita@example.com');
    await page.goto(sessionUrl);
    await page.getByRole('heading', { name: 'Summary' }).waitFor({ timeout: 30_000 });
    await page.getByText(NEXT_STEP).waitFor();
    await page.getByText(PHASED_IDEA).waitFor();
    expect(await page.getByRole('button', { name: 'Hold session' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('cancels a session that did not happen: asked first, then read-only and marked cancelled', async () => {
    const { rows: [deal] } = await server.database.pool.query<{ id: number }>("SELECT id FROM opportunities WHERE external_id = 'o2'");
    const page = await signIn('maria@example.com');
    await page.goto(`${server.url}/deals/${deal!.id}?asOf=${AS_OF}`);
    await page.getByRole('button', { name: 'Start co-creation session' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: '1. Investigate' }).waitFor({ timeout: 30_000 });
    // Asked first, starting on the safe choice; Escape keeps the session.
    await page.getByRole('button', { name: 'Cancel session…' }).click();
    const keep = page.getByRole('button', { name: 'Keep working' });
    await expect.poll(() => keep.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/e2e-cocreation-cancel.png`, fullPage: true });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Cancel session…' }).waitFor();
    await page.getByRole('button', { name: 'Cancel session…' }).click();
    await page.getByRole('button', { name: 'Cancel session', exact: true }).click();
    await page.getByText('Cancelled', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await page.getByRole('button', { name: /Next: Create|Cancel session/ }).count()).toBe(0);
    const { rows: [stored] } = await server.database.pool.query<{ status: string }>(
      "SELECT status FROM coaching_sessions WHERE kind = 'co_creation' AND opportunity_id = $1", [deal!.id]);
    expect(stored?.status).toBe('cancelled');
  }, 60_000);
});
