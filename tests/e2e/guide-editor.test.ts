// The coaching guide editor in a real browser: an admin gives an imported stage (Maven-like
// Engaging) the default Discover behaviours, sets the stage's figures with errors shown next
// to the fields, adds, moves and links with the keyboard, deletes a rated behaviour only after
// a confirmation that counts its observations; a manager reads the same guide with no editing;
// the printable view is still exactly one page. The page passes axe, editing or not.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countPdfPages } from '../../src/use-cases/coaching/count-pdf-pages.ts';
import { createUser, setUpOrg } from '../../src/use-cases/manage-users.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { ensureWebBuilt, hasChromium, launchBrowser, seriousViolations, startTestServer, type RunningServer } from '../helpers/browser.ts';
import { signInPage } from '../helpers/browser-sign-in.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';

const SCREENS = 'tmp/screens';
const PASSWORD = 'a long admin password';
// A behaviour at the longest the editor takes: 80 characters of name, 240 of description.
const NAME = (i: number) => `Criterion ${i}: writes down what the buyer will judge the proposal on, with them`.slice(0, 80);
const DESCRIPTION = ('Checks each criterion against the proposal in the buyer\'s own words, with the champion and the economic buyer, '
  + 'and changes the proposal where it falls short before sending anything to anyone on the buying committee at all.').slice(0, 240);

function fixture(): Record<string, string> {
  const deals = ['externalId,name,owner,stage,amount,createdAt,closedAt', 'o1,Open one,r1,engaging,500,2026-05-01,', 'o2,Open two,r2,proposal,700,2026-05-03,'];
  return {
    'stages.csv': 'key,name,position,kind\nprospect,Prospect,1,open\nengaging,Engaging,2,open\nproposal,Proposal,3,open\nnegotiate,Negotiate,4,open\nwon,Won,5,won\nlost,Lost,6,lost',
    'people.csv': 'externalId,name,role,manager\nm1,Maria Manager,manager,\nr1,Rita Rep,rep,m1\nr2,Raj Rep,rep,m1',
    'opportunities.csv': deals.join('\n'),
  };
}

describe.skipIf(!hasChromium)('the coaching guide editor in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;

  async function signIn(email: string): Promise<Page> {
    const page = await signInPage(browser, server.url, email, PASSWORD);
    await page.goto(`${server.url}/guide`);
    await page.getByRole('heading', { name: 'Coaching guide', level: 1 }).waitFor();
    return page;
  }
  const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    ensureWebBuilt();
    server = await startTestServer();
    await setUpOrg(server.database, { orgName: 'Northwind Sales', name: 'Ada Admin', email: 'ada@example.com', password: PASSWORD });
    expect((await createUser(server.database, null, { email: 'mo@example.com', role: 'manager', personId: null, password: PASSWORD })).ok).toBe(true);
    expect((await runImport(server.database, await writeFolder(fixture()), { preset: 'generic' })).errors).toEqual([]);
    browser = await launchBrowser();
    admin = await signIn('ada@example.com');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('flags the imported stage without behaviours and copies the default Discover behaviours onto it', async () => {
    await admin.getByText('1 stage has no behaviours yet').waitFor();
    const engaging = column(admin, 'Engaging');
    await engaging.getByText('No behaviours yet').waitFor();
    await engaging.getByLabel('Copy behaviours from the default stage').waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.screenshot({ path: `${SCREENS}/guide-editor-empty-stage.png` });
    await engaging.getByLabel('Copy behaviours from the default stage').selectOption('discover');
    await engaging.getByRole('list', { name: /Behaviours of the default stage Discover/ }).getByText('Quantifies the cost of the problem').waitFor();
    await engaging.getByRole('button', { name: 'Copy behaviours' }).click();
    await engaging.getByRole('button', { name: /Edit behaviour 1, .Quantifies the cost of the problem/ }).waitFor();
    await admin.getByText('1 stage has no behaviours yet').waitFor({ state: 'detached' });
    expect(await engaging.locator('.guide-questions > li').count()).toBe(3);
  });

  it("edits the stage's name and figures, with errors next to the fields", async () => {
    const engaging = column(admin, 'Engaging');
    await engaging.getByRole('button', { name: /Edit stage Engaging/ }).click();
    await engaging.getByLabel('Expected days in stage').fill('0');
    await engaging.getByLabel(/Target conversion to Proposal/).fill('150');
    await engaging.getByRole('button', { name: 'Save stage' }).click();
    await engaging.getByText('A whole number of days from 1 to 730, or empty to use the median.').waitFor();
    await engaging.getByText('A percentage above 0 and at most 100, or empty to use the median.').waitFor();
    expect(await engaging.getByLabel('Expected days in stage').getAttribute('aria-invalid')).toBe('true');
    await engaging.getByLabel('Stage name').fill('Prospect');
    await engaging.getByLabel('Expected days in stage').fill('14');
    await engaging.getByLabel(/Target conversion to Proposal/).fill('35');
    await engaging.getByRole('button', { name: 'Save stage' }).click();
    await engaging.getByText('Another stage is already called "Prospect".').waitFor();
    await engaging.getByLabel('Stage name').fill('Engaging the buyer');
    await engaging.getByRole('button', { name: 'Save stage' }).click();
    const renamed = column(admin, 'Engaging the buyer');
    await renamed.getByText('14 days').waitFor();
    await renamed.getByText('35 %').waitFor();
    await column(admin, 'Prospect').getByText('Converts to Engaging the buyer').waitFor();
  });

  it('adds a behaviour from the keyboard, moves it to the top and ties a question to it', async () => {
    const stage = column(admin, 'Engaging the buyer');
    await stage.getByRole('button', { name: 'Add a behaviour to Engaging the buyer' }).click();
    await admin.keyboard.press('Enter');
    await stage.getByText('Write the behaviour.').waitFor();
    await admin.keyboard.type('Books the next meeting before hanging up');
    await admin.keyboard.press('Tab');
    await admin.keyboard.type('With a date in both calendars.');
    await admin.keyboard.press('Enter');
    const moveUp = stage.getByRole('button', { name: 'Move “Books the next meeting before hanging up” up' });
    await moveUp.waitFor();
    for (let i = 0; i < 3; i += 1) {
      await moveUp.click();
      await stage.getByRole('button', { name: new RegExp(`Edit behaviour ${3 - i}, .Books the next meeting`) }).waitFor();
    }
    expect(await moveUp.isDisabled()).toBe(true);
    const firstQuestion = stage.locator('.guide-questions > li').first();
    await firstQuestion.getByRole('button', { name: /^Edit question/ }).click();
    await stage.getByLabel('Opens behaviour').selectOption({ label: '1. Books the next meeting before hanging up' });
    await stage.getByRole('button', { name: 'Save', exact: true }).click();
    await firstQuestion.locator('.guide-qref', { hasText: '1' }).waitFor();
    // Escape leaves an edit unchanged.
    await stage.getByRole('button', { name: /Edit behaviour 2,/ }).click();
    await admin.keyboard.type(' and more');
    await admin.keyboard.press('Escape');
    await stage.getByRole('button', { name: /Edit behaviour 2,/ }).waitFor();
    expect(await stage.getByText(/ and more/).count()).toBe(0);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.screenshot({ path: `${SCREENS}/guide-editor.png` });
  });

  it('deletes a rated behaviour only after a confirmation that counts its observations', async () => {
    const { rows } = await server.database.pool.query<{ id: number }>(`SELECT id FROM behaviours WHERE key = 'engaging.quantify-pain'`);
    await server.database.pool.query(`
      INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at)
      SELECT r.org_id, r.id, m.id, $1, 3, 'Joint call with Acme', 'joint_call', '2026-06-01'
      FROM people r JOIN people m ON m.org_id = r.org_id AND m.external_id = 'm1' WHERE r.external_id = 'r1'`, [rows[0]!.id]);
    await admin.reload();
    const stage = column(admin, 'Engaging the buyer');
    await stage.getByText('Rated in 1 observation').waitFor();
    await stage.getByRole('button', { name: /Delete behaviour \d, .Quantifies the cost of the problem/ }).click();
    const confirm = stage.getByRole('group', { name: 'Delete “Quantifies the cost of the problem”?' });
    await confirm.getByText(/Its 1 observation will be deleted too/).waitFor();
    expect(await confirm.getByRole('button', { name: 'Keep it' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await admin.screenshot({ path: `${SCREENS}/guide-editor-delete.png` });
    await admin.keyboard.press('Enter'); // the focused choice keeps it
    await stage.locator('.guide-behaviours').getByText('Quantifies the cost of the problem', { exact: true }).waitFor();
    await stage.getByRole('button', { name: /Delete behaviour \d, .Quantifies the cost of the problem/ }).click();
    await confirm.getByRole('button', { name: 'Delete with 1 observation' }).click();
    await stage.locator('.guide-behaviours').getByText('Quantifies the cost of the problem', { exact: true }).waitFor({ state: 'detached' });
    // The focus does not fall to the page: it goes to the stage's heading.
    await expect.poll(() => stage.getByRole('heading', { name: 'Engaging the buyer', level: 2 }).evaluate((el) => el === document.activeElement)).toBe(true);
    const left = await server.database.pool.query('SELECT count(*)::int AS n FROM observations');
    expect(left.rows[0].n).toBe(0);
  });

  it('refuses an addition that would not print on one page, next to the field', async () => {
    const stage = column(admin, 'Proposal');
    for (let i = 1; i <= 5; i += 1) {
      await stage.getByRole('button', { name: 'Add a behaviour to Proposal' }).click();
      await stage.getByLabel('New behaviour').fill(NAME(i));
      await stage.getByLabel('Description').fill(DESCRIPTION);
      await stage.getByRole('button', { name: 'Add behaviour' }).click();
      const outcome = await Promise.race([
        stage.getByText(/too long to print the guide on one page/).waitFor().then(() => 'refused'),
        stage.getByRole('button', { name: `Move “${NAME(i)}” up` }).waitFor().then(() => 'added'),
      ]);
      if (outcome === 'refused') break;
    }
    await stage.getByText(/"Proposal" too long to print the guide on one page/).waitFor();
    await admin.keyboard.press('Escape');
  });

  it('prints the edited guide on exactly one page', async () => {
    const print = await admin.context().newPage();
    await print.goto(`${server.url}/api/v1/guide/print?paper=letter`);
    await print.getByText('Engaging the buyer').first().waitFor();
    expect(countPdfPages(await print.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
    await print.close();
  });

  it('shows a manager the same guide, read-only', async () => {
    const manager = await signIn('mo@example.com');
    const stage = column(manager, 'Engaging the buyer');
    await stage.getByText('Books the next meeting before hanging up').waitFor();
    expect(await manager.getByRole('button', { name: /^(Edit|Delete|Move|Add)/ }).count()).toBe(0);
    expect(await manager.getByRole('button', { name: /Add a behaviour|Edit stage/ }).count()).toBe(0);
    expect(await seriousViolations(manager)).toEqual([]);
  });
});
