// The guide must print on exactly one landscape page (SPEC §4.7), on A4 and on Letter, with no
// text under 7 pt. An edit that adds text (a behaviour, a question, a longer name, a copied
// stage) is written in a transaction, the guide is measured with the browser-free estimate
// (src/core/coaching/estimate-guide-fit.ts, which errs small), and the edit is rolled back
// when a stage would no longer fit. The stage figures are measured at their longest wording
// ("target · median 100 %"), so that no later figure can push a stage off the page either.
import type pg from 'pg';
import { estimateGuideFit } from '../../core/coaching/estimate-guide-fit.ts';
import { PAPERS, type GuideSheet } from '../../core/coaching/guide-sheet.ts';
import { stageKpiLines } from '../../core/coaching/stage-kpi-lines.ts';
import { readGuideRows, type GuideRows } from '../../db/queries/coaching-guide.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { done, fail, type GuideEdit } from './guide-edits.ts';

/** The guide's sheet with every stage's figures at their longest wording. */
export function longestSheetOf(rows: GuideRows): GuideSheet {
  return {
    orgName: 'An organisation name of some length',
    basis: 'Stage figures: 180 days to 2026-12-31',
    stages: rows.stages.map((stage, index) => {
      const keyOf = new Map(rows.behaviours.map((b) => [b.id, b.key]));
      return {
        stageKey: stage.key,
        stageName: stage.name,
        behaviours: rows.behaviours.filter((b) => b.stageId === stage.id).map(({ key, name, description }) => ({ key, name, description })),
        questions: rows.questions.filter((q) => q.stageId === stage.id).map((q) => {
          const key = q.behaviourId === null ? undefined : keyOf.get(q.behaviourId);
          return key === undefined ? { text: q.text } : { text: q.text, behaviourKey: key };
        }),
        kpis: stageKpiLines({
          nextStageName: rows.stages[index + 1]?.name ?? 'Won',
          conversion: { target: 1, median: 1, medianReps: 1000 },
          days: { expected: 730, median: 730, entries: 100_000 },
        }),
      };
    }),
  };
}

/** Names of the stages that would not fit one page at 7 pt on either paper; empty when all fit. */
export function unprintableStages(rows: GuideRows): string[] {
  const sheet = longestSheetOf(rows);
  const keys = new Set(PAPERS.flatMap((paper) => estimateGuideFit(sheet, paper).overflowing));
  return rows.stages.filter((s) => keys.has(s.key)).map((s) => s.name);
}

class Unprintable extends Error {
  constructor(readonly stages: string[]) { super('the guide would not fit one page'); }
}

/**
 * Runs an edit in one transaction and keeps it only if the guide still prints on one page;
 * otherwise rolls it back and answers 422 naming the stage(s).
 */
export async function inPrintableGuideTransaction<T>(pool: pg.Pool, orgId: number, work: (client: pg.PoolClient) => Promise<T>): Promise<GuideEdit<T>> {
  try {
    return done(await inTransaction(pool, async (client) => {
      const before = new Set(unprintableStages(await readGuideRows(client, orgId)));
      const result = await work(client);
      // Only what this edit breaks: a guide already too long (an old import) stays editable.
      const broken = unprintableStages(await readGuideRows(client, orgId)).filter((name) => !before.has(name));
      if (broken.length > 0) throw new Unprintable(broken);
      return result;
    }));
  } catch (error) {
    if (!(error instanceof Unprintable)) throw error;
    const names = error.stages.map((s) => `"${s}"`).join(', ');
    return fail('unprocessable', `That would make ${names} too long to print the guide on one page (7 pt is the smallest legible size). `
      + 'Shorten or remove a behaviour, description or question there first.');
  }
}
