// `coachboard guide` (docs/cli.md): --json prints exactly { stages: [ { key, name,
// behaviours: [{ key, name, description }], questions: [{ text, behaviourKey }] } ] };
// --html and --pdf write one landscape page; bad flags exit 2. Run in-process through
// registerGuide (the command is registered in src/cli/main.ts separately).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerGuide } from '../../src/cli/guide-command.ts';
import { CliError } from '../../src/cli/print.ts';
import { DEFAULT_GUIDE } from '../../src/core/coaching/default-guide.ts';
import { openDatabase } from '../../src/db/client.ts';
import { countPdfPages } from '../../src/use-cases/coaching/count-pdf-pages.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { CHROMIUM, hasChromium } from '../helpers/browser.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { engageOnlyFiles } from '../stalls/stall-fixture.ts';

type Run = { stdout: string; stderr: string };

async function guide(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => { out.push(`${parts.join(' ')}\n`); });
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => { err.push(`${parts.join(' ')}\n`); });
  try {
    const program = new Command('coachboard').exitOverride();
    registerGuide(program);
    await program.parseAsync(['guide', ...args], { from: 'user' });
  } finally {
    write.mockRestore();
    log.mockRestore();
    error.mockRestore();
  }
  return { stdout: out.join(''), stderr: err.join('') };
}

describe('coachboard guide', () => {
  let empty: string;
  let maven: string;
  let out: string;

  beforeAll(async () => {
    const temp = (prefix: string) => mkdtemp(join(tmpdir(), prefix));
    [empty, maven, out] = await Promise.all([temp('cb-guide-empty-'), temp('cb-guide-maven-'), temp('cb-guide-out-')]);
    const database = await openDatabase(maven, 'test');
    try {
      expect((await runImport(database, await writeFolder(engageOnlyFiles()), { preset: 'generic' })).errors).toEqual([]);
    } finally {
      await database.close();
    }
  });
  afterAll(async () => Promise.all([empty, maven, out].map((d) => rm(d, { recursive: true, force: true }))));

  it('--json prints one document with exactly the contract keys; before any import, the default guide', async () => {
    const run = await guide('--json', '--db', empty);
    const document = JSON.parse(run.stdout) as { stages: Record<string, unknown>[] };
    expect(Object.keys(document)).toEqual(['stages']);
    expect(document.stages.map((s) => s.key)).toEqual(DEFAULT_GUIDE.map((s) => s.stageKey));
    for (const stage of document.stages) {
      expect(Object.keys(stage)).toEqual(['key', 'name', 'behaviours', 'questions']);
      for (const b of stage.behaviours as Record<string, unknown>[]) expect(Object.keys(b)).toEqual(['key', 'name', 'description']);
      for (const q of stage.questions as Record<string, unknown>[]) expect(Object.keys(q)).toEqual(['text', 'behaviourKey']);
    }
    expect(document.stages[0]).toEqual({
      key: 'prospect', name: 'Prospect',
      behaviours: DEFAULT_GUIDE[0]!.behaviours.map(({ key, name, description }) => ({ key, name, description })),
      questions: DEFAULT_GUIDE[0]!.questions.map((q) => ({ text: q.text, behaviourKey: q.behaviourKey ?? null })),
    });
    expect(run.stderr).toMatch(/no sales process imported yet/);
  });

  it("prints an imported process's own stages, and the guide as text without --json", async () => {
    const json = JSON.parse((await guide('--json', '--db', maven)).stdout) as { stages: { key: string; behaviours: unknown[] }[] };
    expect(json.stages.map((s) => [s.key, s.behaviours.length])).toEqual([['prospecting', 0], ['engaging', 0]]);
    const text = await guide('--db', maven, '--as-of', '2026-07-01');
    expect(text.stdout).toContain('1. Prospecting');
    expect(text.stdout).toContain('   Converts to Engaging: —');
    expect(text.stdout).toContain('(none yet: add them, or copy the default ones, in the web app)');
  });

  it.skipIf(!hasChromium).each(['a4', 'letter'])('--pdf and --html with --paper %s write one landscape page', async (paper) => {
    const pdf = join(out, `guide-${paper}.pdf`);
    const html = join(out, `guide-${paper}.html`);
    const run = await guide('--pdf', pdf, '--html', html, '--paper', paper, '--chromium', CHROMIUM, '--db', empty);
    expect(countPdfPages(await readFile(pdf))).toBe(1);
    const page = await readFile(html, 'utf8');
    expect(page).toContain(paper === 'a4' ? 'size: A4 landscape' : 'size: letter landscape');
    expect(run.stdout).toMatch(new RegExp(`Wrote .*guide-${paper}.pdf: one (A4|Letter) landscape page, body text \\d+(\\.5)? pt\\.`));
  });

  it('--json with --html keeps stdout to the JSON document', async () => {
    const run = await guide('--json', '--html', join(out, 'both.html'), '--chromium', '/nonexistent/chromium', '--db', maven);
    expect(JSON.parse(run.stdout)).toHaveProperty('stages');
    expect(run.stderr).toMatch(/was not found at \/nonexistent\/chromium.*sized by estimate \(10 pt\)/s);
    expect(await readFile(join(out, 'both.html'), 'utf8')).toContain('data-body-pt="10"');
  });

  it('refuses a PDF without Chromium, and a bad paper or date, with the right exit codes', async () => {
    const error = (args: string[]) => guide(...args).then(() => null, (e: unknown) => e as CliError);
    const noChromium = await error(['--pdf', join(out, 'x.pdf'), '--chromium', '/nonexistent/chromium', '--db', empty]);
    expect([noChromium?.exitCode, noChromium?.message]).toEqual([1, expect.stringMatching(/^Chromium is needed to print the guide and was not found/)]);
    expect(await error(['--paper', 'a3', '--db', empty])).toMatchObject({ exitCode: 2, message: '--paper: expected a4 or letter, got "a3"' });
    expect(await error(['--as-of', '2026-02-30', '--db', empty])).toMatchObject({ exitCode: 2, message: '--as-of: expected a date YYYY-MM-DD, got "2026-02-30"' });
  });
});
