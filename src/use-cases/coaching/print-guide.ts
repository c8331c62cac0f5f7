// Prints the coaching guide on exactly one landscape page (SPEC §4.7) with headless
// Chromium (playwright-core driving the system's Chromium): renders the sheet at the
// largest type step, measures each stage column in print layout, steps the type down
// until nothing overflows, and fails, naming the stages, when even the legibility floor
// does not fit. Never two pages: the PDF's page count is checked before it is returned.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PAPER_SIZES, TYPE_FLOOR_PT, TYPE_STEPS_PT, type GuideSheet, type Paper } from '../../core/coaching/guide-sheet.ts';
import { renderGuideHtml } from '../../core/coaching/render-guide-html.ts';
import { countPdfPages } from './count-pdf-pages.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PX_PER_MM = 96 / 25.4;

/** No browser to print with: the CLI falls back (HTML) or explains (PDF). */
export class PrinterUnavailableError extends Error {}

export class ChromiumMissingError extends PrinterUnavailableError {
  constructor(readonly executablePath: string) {
    super(`Chromium is needed to print the guide and was not found at ${executablePath}: install it (e.g. apt-get install chromium) or name it with --chromium <path>.`);
  }
}

export class GuideTooLongError extends Error {
  constructor(readonly stages: readonly { key: string; name: string }[], readonly paper: Paper) {
    const names = stages.map((s) => `"${s.name}"`).join(', ');
    super(`The coaching guide does not fit on one ${PAPER_SIZES[paper].label} page even at ${TYPE_FLOOR_PT} pt: `
      + `${stages.length === 1 ? 'stage' : 'stages'} ${names} ${stages.length === 1 ? 'is' : 'are'} too long. `
      + 'Shorten or remove behaviours or questions there, then print again.');
  }
}

export type FittedGuide = { html: string; bodyPt: number };

export type GuidePrinter = {
  /** The sheet at the largest type step that fits one page; throws GuideTooLongError. */
  fit: (sheet: GuideSheet, paper: Paper) => Promise<FittedGuide>;
  /** A one-page PDF of fitted HTML; throws if Chromium lays it out on more than one page. */
  pdf: (html: string, paper: Paper) => Promise<Uint8Array>;
  /** A PNG of the page as it looks on screen, at the paper's size. */
  screenshot: (html: string, paper: Paper, scale?: number) => Promise<Uint8Array>;
  close: () => Promise<void>;
};

export async function openGuidePrinter(executablePath = DEFAULT_CHROMIUM): Promise<GuidePrinter> {
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  // playwright-core is loaded only when printing, so every other command runs without it.
  const playwright = await import('playwright-core').catch(() => {
    throw new PrinterUnavailableError('Printing the guide needs the playwright-core package, which is not installed: run npm install.');
  });
  const browser: Browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PrinterUnavailableError(`Chromium at ${executablePath} did not start: ${reason}`);
  });
  const viewport = (paper: Paper) => ({
    width: Math.round(PAPER_SIZES[paper].widthMm * PX_PER_MM), height: Math.round(PAPER_SIZES[paper].heightMm * PX_PER_MM),
  });
  const withPage = async <T>(paper: Paper, scale: number, work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await browser.newPage({ viewport: viewport(paper), deviceScaleFactor: scale });
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    fit: (sheet, paper) => withPage(paper, 1, async (page) => {
      await page.emulateMedia({ media: 'print' });
      let overflowing: string[] = [];
      for (const bodyPt of TYPE_STEPS_PT) {
        const html = renderGuideHtml(sheet, { paper, bodyPt });
        await page.setContent(html, { waitUntil: 'load' });
        overflowing = await page.evaluate<string[]>(MEASURE_OVERFLOW);
        if (overflowing.length === 0) return { html, bodyPt };
      }
      const stages = overflowing.map((key) => ({ key, name: sheet.stages.find((s) => s.stageKey === key)?.stageName ?? key }));
      throw new GuideTooLongError(stages.length > 0 ? stages : sheet.stages.map((s) => ({ key: s.stageKey, name: s.stageName })), paper);
    }),
    pdf: (html, paper) => withPage(paper, 1, async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      const bytes = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', landscape: true, printBackground: true });
      const pages = countPdfPages(bytes);
      if (pages !== 1) throw new Error(`the guide came out on ${pages} pages; it must be exactly one`);
      return new Uint8Array(bytes);
    }),
    screenshot: (html, paper, scale = 2) => withPage(paper, scale, async (page) => {
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.screenshot({ fullPage: false }));
    }),
    close: () => browser.close(),
  };
}

// Runs in the page (a string, so that no transpiler helper leaks into it): the keys of the
// stages whose content runs past the bottom of their column, or every stage when the
// footer is pushed off the sheet. Content may use half of a column's bottom padding.
const MEASURE_OVERFLOW = `(() => {
  const sheet = document.querySelector('.sheet').getBoundingClientRect();
  const footer = document.querySelector('.foot').getBoundingClientRect();
  const columns = [...document.querySelectorAll('.stage')];
  const key = (column) => column.dataset.stageKey || '';
  if (footer.bottom > sheet.bottom + 0.5) return columns.map(key);
  return columns.filter((column) => {
    const body = column.querySelector('.stage-body');
    const last = body && body.lastElementChild;
    if (!last) return false;
    const room = body.getBoundingClientRect().bottom - parseFloat(getComputedStyle(body).paddingBottom) * 0.5;
    return last.getBoundingClientRect().bottom > room + 0.5;
  }).map(key);
})()`;
