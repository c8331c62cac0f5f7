// A browser-free estimate of the largest type size at which the guide fits its page: words
// wrapped greedily with average glyph widths a little wider than Arial's, so the estimate
// errs small. The printer measures the real layout in Chromium when it can
// (src/use-cases/coaching/print-guide.ts); this serves where no browser is at hand (the
// API's printable page, `--html` without Chromium). Lengths in millimetres.
import { printableArea, TYPE_STEPS_PT, type GuideSheet, type Paper, type SheetStage } from './guide-sheet.ts';

const MM_PER_PT = 25.4 / 72;
const LINE = 1.27;
// Average advance of a character, in em, over English text with its spaces.
const EM_REGULAR = 0.48;
const EM_BOLD = 0.53;
const COLUMN_GAP = 1.4;
const PAD = 2;
// Masthead (title, lede, rules), footer, gaps between them, in body lines and millimetres.
const CHROME_LINES = 1.9 * 1.05 + 0.9 * LINE * 2 + 0.8 * LINE;
const CHROME_MM = 1.6 + 0.8 + 1.2 + 2 * 2 + 0.6;

export type FitEstimate = { bodyPt: number; overflowing: [] } | { bodyPt: null; overflowing: string[] };

/** Lines a text takes in a box `widthMm` wide at `sizePt`, wrapping at spaces. */
export function wrappedLines(text: string, widthMm: number, sizePt: number, em = EM_REGULAR): number {
  const perChar = sizePt * MM_PER_PT * em;
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const width = word.length * perChar;
    const needed = used === 0 ? width : used + perChar + width;
    if (needed <= widthMm) used = needed;
    else if (used === 0) lines += Math.ceil(width / widthMm) - 1; // a word longer than the line breaks
    else {
      lines += 1 + Math.max(0, Math.ceil(width / widthMm) - 1);
      used = width > widthMm ? width % widthMm : width;
    }
  }
  return lines;
}

/** The stage's head, figures and body heights at body size `b`, for a column `width` wide. */
function stageHeights(stage: SheetStage, width: number, b: number) {
  const mm = (pt: number) => pt * MM_PER_PT;
  const small = (f: number) => Math.max(7, b * f);
  // Padding, the gap and the stage's number (two digits at most) beside its name.
  const headWidth = width - 3.4 - 3.6 - 1.3 - mm(small(0.84)) * 0.6 * 2;
  const head = Math.max(7.2, 2.6 + mm(b * 1.28 * 1.12) * wrappedLines(stage.stageName, headWidth, b * 1.28, EM_BOLD));
  const kpiWidth = width - 2 * PAD;
  const kpis = stage.kpis.length === 0 ? 0 : 2.7 + 0.9 * (stage.kpis.length - 1) + stage.kpis.reduce((sum, k) => {
    const valueMm = (k.value ?? '—').length * mm(small(0.86)) * EM_BOLD + 1;
    const label = mm(small(0.86) * 1.18) * wrappedLines(k.label, kpiWidth - valueMm, small(0.86));
    return sum + label + (k.note ? mm(small(0.8) * 1.18) * wrappedLines(k.note, kpiWidth, small(0.8)) : 0);
  }, 0);
  const line = mm(b * LINE);
  const label = mm(small(0.76) * LINE) * wrappedLines('WHAT GOOD LOOKS LIKE', kpiWidth, small(0.76), 0.68) + 0.9;
  const textWidth = width - 2 * PAD - mm(small(0.76)) * 1.6 - 1.3;
  const behaviours = stage.behaviours.length === 0 ? 2 * line
    : stage.behaviours.reduce((sum, bh) => sum + mm(b * 1.18) * wrappedLines(bh.name, textWidth, b, EM_BOLD)
      + (bh.description.trim() ? 0.35 + line * wrappedLines(bh.description, textWidth, b) : 0), 0) + 1.4 * (stage.behaviours.length - 1);
  const questionWidth = width - 2 * PAD - 2.35;
  const questions = stage.questions.length === 0 ? 0 : 1.8 + label + 1.2 * (stage.questions.length - 1)
    + stage.questions.reduce((sum, q) => sum + line * wrappedLines(`${q.text}${q.behaviourKey ? ' 00' : ''}`, questionWidth, b), 0);
  return { head, kpis, body: 1.8 + 2 + label + behaviours + questions };
}

/** Stages whose body would not fit the page at body size `b`; empty when all fit. */
export function estimateOverflow(sheet: GuideSheet, paper: Paper, b: number): string[] {
  const area = printableArea(paper);
  const n = Math.max(sheet.stages.length, 1);
  const width = (area.widthMm - COLUMN_GAP * (n - 1)) / n;
  const heights = sheet.stages.map((stage) => ({ key: stage.stageKey, ...stageHeights(stage, width, b) }));
  const rows = Math.max(0, ...heights.map((h) => h.head)) + Math.max(0, ...heights.map((h) => h.kpis));
  const bodyRoom = area.heightMm - CHROME_MM - CHROME_LINES * b * MM_PER_PT - rows;
  return heights.filter((h) => h.body > bodyRoom).map((h) => h.key);
}

/** The largest type step at which nothing is estimated to overflow, or the stages too long at the floor. */
export function estimateGuideFit(sheet: GuideSheet, paper: Paper): FitEstimate {
  let overflowing: string[] = [];
  for (const step of TYPE_STEPS_PT) {
    overflowing = estimateOverflow(sheet, paper, step);
    if (overflowing.length === 0) return { bodyPt: step, overflowing: [] };
  }
  return { bodyPt: null, overflowing };
}
