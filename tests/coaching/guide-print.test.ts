// The one-page rule (SPEC §4.7, issue 4 item 1), checked in real Chromium: the default guide,
// a long org guide and a two-stage imported process each print on exactly ONE landscape page
// of A4 and of US Letter; the estimate the API's printable page uses never spills either; a
// guide too long even at 7 pt fails, naming its stage. Skipped when Chromium is absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGuideSheet } from '../../src/core/coaching/default-guide-sheet.ts';
import { estimateGuideFit } from '../../src/core/coaching/estimate-guide-fit.ts';
import { PAPERS, TYPE_FLOOR_PT, type GuideSheet, type Paper } from '../../src/core/coaching/guide-sheet.ts';
import { renderGuideHtml } from '../../src/core/coaching/render-guide-html.ts';
import { countPdfPages } from '../../src/use-cases/coaching/count-pdf-pages.ts';
import {
  ChromiumMissingError, GuideTooLongError, openGuidePrinter, PrinterUnavailableError, type GuidePrinter,
} from '../../src/use-cases/coaching/print-guide.ts';
import { CHROMIUM, hasChromium } from '../helpers/browser.ts';

const DEFAULT = defaultGuideSheet('Northwind Industrial Supplies');

/** Every stage at the most the editor allows a real guide to grow to before printing gets tight: 4 behaviours, 3 questions. */
const LONG: GuideSheet = {
  ...DEFAULT,
  stages: DEFAULT.stages.map((stage) => {
    const behaviours = [...stage.behaviours, ...stage.behaviours].slice(0, 4).map((b, i) => ({ ...b, key: `${b.key}-${i}` }));
    return { ...stage, behaviours, questions: [...stage.questions, ...stage.questions].slice(0, 3) };
  }),
};

const MAVEN: GuideSheet = {
  orgName: 'Maven Tech', basis: 'Stage figures: 180 days to 2017-12-31',
  stages: [
    { ...DEFAULT.stages[0]!, stageKey: 'prospecting', stageName: 'Prospecting' },
    { ...DEFAULT.stages[1]!, stageKey: 'engaging', stageName: 'Engaging', behaviours: [...DEFAULT.stages[1]!.behaviours, ...DEFAULT.stages[2]!.behaviours] },
  ],
};

/** One stage with four times the default Solution behaviours: too long at any size. */
const TOO_LONG: GuideSheet = {
  ...DEFAULT,
  stages: DEFAULT.stages.map((s) => (s.stageKey === 'solution'
    ? { ...s, behaviours: Array.from({ length: 4 }, (_, k) => s.behaviours.map((b) => ({ ...b, key: `${b.key}-${k}` }))).flat() } : s)),
};

const mediaBox = (pdf: Uint8Array) => {
  const match = Buffer.from(pdf).toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
};
const PAGE_POINTS: Record<Paper, { width: number; height: number }> = { a4: { width: 842, height: 595 }, letter: { width: 792, height: 612 } };

describe.skipIf(!hasChromium)('printing the coaching guide on one page', () => {
  let printer: GuidePrinter;
  beforeAll(async () => { printer = await openGuidePrinter(CHROMIUM); });
  afterAll(async () => printer?.close());

  const cases = PAPERS.flatMap((paper) => ([['default', DEFAULT], ['long', LONG], ['two-stage import', MAVEN]] as const)
    .map(([name, sheet]) => [paper, name, sheet] as const));

  it.each(cases)('%s, %s guide: exactly one landscape page, type at the floor or larger', async (paper, _name, sheet) => {
    const fitted = await printer.fit(sheet, paper);
    const pdf = await printer.pdf(fitted.html, paper);
    expect(countPdfPages(pdf)).toBe(1);
    const box = mediaBox(pdf)!;
    expect(Math.abs(box.width - PAGE_POINTS[paper].width)).toBeLessThan(1.5);
    expect(Math.abs(box.height - PAGE_POINTS[paper].height)).toBeLessThan(1.5);
    expect(fitted.bodyPt).toBeGreaterThanOrEqual(TYPE_FLOOR_PT);
    for (const stage of sheet.stages) for (const b of stage.behaviours) expect(fitted.html).toContain(b.name.replace(/'/g, '&#39;'));
  });

  it('prints the default guide at a comfortable size and a short process larger still', async () => {
    expect((await printer.fit(DEFAULT, 'a4')).bodyPt).toBeGreaterThanOrEqual(8);
    expect((await printer.fit(MAVEN, 'letter')).bodyPt).toBe(10);
  });

  // The estimate errs small: at worst it falls back to the floor, which then still fits.
  it.each(cases)('%s, %s guide: the estimate the API uses never spills to a second page', async (paper, _name, sheet) => {
    const size = estimateGuideFit(sheet, paper).bodyPt ?? TYPE_FLOOR_PT;
    expect(size).toBeLessThanOrEqual((await printer.fit(sheet, paper)).bodyPt);
    const pdf = await printer.pdf(renderGuideHtml(sheet, { paper, bodyPt: size }), paper);
    expect(countPdfPages(pdf)).toBe(1);
  });

  it.each(PAPERS)('%s: a guide too long even at 7 pt fails and names the stage', async (paper) => {
    const error = await printer.fit(TOO_LONG, paper).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuideTooLongError);
    expect((error as GuideTooLongError).stages).toEqual([{ key: 'solution', name: 'Solution' }]);
    expect((error as Error).message).toMatch(/even at 7 pt: stage "Solution" is too long/);
  });

  it('refuses to hand back a PDF of more than one page', async () => {
    const spilling = renderGuideHtml(TOO_LONG, { paper: 'a4', bodyPt: 10 });
    await expect(printer.pdf(spilling, 'a4')).rejects.toThrow(/pages; it must be exactly one/);
  });
});

describe('without a working Chromium', () => {
  it('says where Chromium was looked for, or that it did not start', async () => {
    await expect(openGuidePrinter('/nonexistent/chromium')).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(openGuidePrinter('/nonexistent/chromium')).rejects.toThrow(/not found at \/nonexistent\/chromium: install it/);
    await expect(openGuidePrinter('/bin/false')).rejects.toBeInstanceOf(PrinterUnavailableError);
    await expect(openGuidePrinter('/bin/false')).rejects.toThrow(/^Chromium at \/bin\/false did not start: /);
  });
});
