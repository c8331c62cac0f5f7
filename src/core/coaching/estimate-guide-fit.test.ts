import { describe, expect, it } from 'vitest';
import { defaultGuideSheet } from './default-guide-sheet.ts';
import { estimateGuideFit, estimateOverflow, wrappedLines } from './estimate-guide-fit.ts';
import { TYPE_STEPS_PT, type GuideSheet } from './guide-sheet.ts';

const DEFAULT = defaultGuideSheet();
const pt10 = 10 * (25.4 / 72) * 0.48; // mm per character at 10 pt

describe('wrappedLines', () => {
  it.each<[string, string, number, number]>([
    ['one short line', 'Ask before you tell', 100, 1],
    ['exactly the width', 'aaaa bbbb', 9 * pt10, 1],
    ['wraps at a space', 'aaaa bbbb', 8.9 * pt10, 2],
    ['three words, one per line', 'aaaa bbbb cccc', 5 * pt10, 3],
    ['a word longer than the line breaks', 'a'.repeat(25), 10 * pt10, 3],
    ['spaces collapse', '  aaaa    bbbb  ', 9 * pt10, 1],
  ])('%s', (_case, text, width, lines) => {
    expect(wrappedLines(text, width, 10)).toBe(lines);
  });
});

const longSheet = (times: number): GuideSheet => ({
  ...DEFAULT,
  stages: DEFAULT.stages.map((s, i) => (i === 3
    ? { ...s, behaviours: Array.from({ length: times }, (_, k) => s.behaviours.map((b) => ({ ...b, key: `${b.key}-${k}` }))).flat() }
    : s)),
});

describe('estimateGuideFit', () => {
  it('fits the default guide on both papers at a legible step', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const fit = estimateGuideFit(DEFAULT, paper);
      expect(fit.overflowing).toEqual([]);
      expect(TYPE_STEPS_PT).toContain(fit.bodyPt);
      expect(fit.bodyPt).toBeGreaterThanOrEqual(7.5);
    }
  });

  it('gives fewer stages larger type', () => {
    const two = { ...DEFAULT, stages: DEFAULT.stages.slice(0, 2) };
    expect(estimateGuideFit(two, 'a4').bodyPt).toBe(TYPE_STEPS_PT[0]);
  });

  it('names the stage that is too long even at the floor', () => {
    expect(estimateGuideFit(longSheet(3), 'a4')).toEqual({ bodyPt: null, overflowing: ['solution'] });
  });

  it('overflows more as the type grows', () => {
    const sheet = longSheet(2);
    const counts = TYPE_STEPS_PT.map((pt) => estimateOverflow(sheet, 'letter', pt).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
