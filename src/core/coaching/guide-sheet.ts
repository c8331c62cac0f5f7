// The printable coaching guide (SPEC §4.7: exactly one landscape page): what the renderer
// needs, the paper sizes, and the type sizes it may use, from comfortable down to the
// legibility floor. Sizes are in points and millimetres, the units of print.
import type { GuideBehaviour, StarterQuestion } from './coaching-guide.ts';

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** Landscape page size and the margin the renderer sets with `@page`. */
export const PAPER_SIZES: Readonly<Record<Paper, { widthMm: number; heightMm: number; label: string }>> = {
  a4: { widthMm: 297, heightMm: 210, label: 'A4' },
  letter: { widthMm: 279.4, heightMm: 215.9, label: 'Letter' },
};
export const PAGE_MARGIN_MM = 8;

/**
 * Body text sizes tried in order until the guide fits; the last is the floor. Every piece
 * of text on the sheet is at least the floor (7 pt), so nothing printed is too small to read.
 */
export const TYPE_STEPS_PT: readonly number[] = [10, 9.5, 9, 8.5, 8, 7.5, 7];
export const TYPE_FLOOR_PT = 7;

/** One stage figure under the stage header, e.g. "Converts to Solution" · "62 %" · "target". */
export type SheetKpi = { label: string; value: string | null; note: string | null };

export type SheetStage = {
  stageKey: string;
  stageName: string;
  behaviours: readonly GuideBehaviour[];
  questions: readonly StarterQuestion[];
  kpis: readonly SheetKpi[];
};

export type GuideSheet = {
  /** Printed under the title; null for the default guide. */
  orgName: string | null;
  stages: readonly SheetStage[];
  /** Where the stage figures come from, printed in the footer (e.g. the as-of date and window). */
  basis: string | null;
};

/** The page's printable area: the paper less the margins. */
export function printableArea(paper: Paper): { widthMm: number; heightMm: number } {
  const size = PAPER_SIZES[paper];
  return { widthMm: size.widthMm - 2 * PAGE_MARGIN_MM, heightMm: size.heightMm - 2 * PAGE_MARGIN_MM };
}
