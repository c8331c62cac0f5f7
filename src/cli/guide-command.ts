// `coachboard guide [--json] [--html out.html] [--pdf out.pdf] [--paper a4|letter]`: the
// org's coaching guide (SPEC §4.7) as text, as JSON (docs/cli.md), or printed on exactly one
// landscape page (docs/coaching-guide.md).
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { dayNumberOf } from '../core/analytics/iso-day.ts';
import { estimateGuideFit } from '../core/coaching/estimate-guide-fit.ts';
import { PAPER_SIZES, PAPERS, type GuideSheet, type Paper } from '../core/coaching/guide-sheet.ts';
import { renderGuideHtml } from '../core/coaching/render-guide-html.ts';
import { ensureOrg } from '../db/queries/orgs.ts';
import { guideDocumentOf, guideSheetOf, loadCoachingGuide } from '../use-cases/coaching/coaching-guide.ts';
import {
  DEFAULT_CHROMIUM, GuideTooLongError, openGuidePrinter, PrinterUnavailableError, type FittedGuide,
} from '../use-cases/coaching/print-guide.ts';
import { analysisOptions, todayUtc } from './analysis-options.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, printJson } from './print.ts';

type GuideFlags = {
  json?: boolean; html?: string; pdf?: string; paper: string; asOf?: string; windowDays?: string; chromium: string; db?: string;
};

export function registerGuide(program: Command): void {
  program.command('guide')
    .description('the coaching guide: stages, behaviours, starter questions and stage KPIs; printed on exactly one landscape page')
    .option('--json', 'print { "stages": [ { "key", "name", "behaviours": [...], "questions": [...] } ] }')
    .option('--html <file>', 'write the one-page guide as a standalone HTML document')
    .option('--pdf <file>', 'write the one-page guide as a PDF (needs Chromium)')
    .option('--paper <size>', 'a4 or letter (landscape)', 'a4')
    .option('--as-of <date>', 'stage medians as of this date (YYYY-MM-DD)')
    .option('--window-days <n>', 'window of the stage medians, in days', '180')
    .option('--chromium <path>', 'the Chromium that prints the PDF', DEFAULT_CHROMIUM)
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (flags: GuideFlags) => {
      const paper = flags.paper.toLowerCase() as Paper;
      if (!PAPERS.includes(paper)) throw new CliError(`--paper: expected a4 or letter, got ${JSON.stringify(flags.paper)}`, 2);
      const { asOf, windowDays } = analysisOptions({ asOf: flags.asOf, windowDays: flags.windowDays });
      if (asOf !== undefined && !isCalendarDate(asOf)) throw new CliError(`--as-of: expected a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`, 2);
      const guide = await withDatabase(flags.db, 'guide', async (database) =>
        loadCoachingGuide(database, await ensureOrg(database.pool), todayUtc(), { asOf, windowDays }));
      // With --json, stdout holds the document only: every other line goes to stderr.
      const say = (line: string) => (flags.json ? console.error(line) : console.log(line));
      if (guide.stages.length === 0) console.error('coachboard: no sales process imported yet; this is the default guide, which an import gives your stages.');
      const sheet = guideSheetOf(guide);
      if (flags.html || flags.pdf) {
        const fitted = await fitSheet(sheet, paper, flags, Boolean(flags.pdf));
        if (flags.html) {
          await writeFile(flags.html, fitted.html);
          say(`Wrote ${flags.html}: the guide on one ${PAPER_SIZES[paper].label} landscape page, body text ${fitted.bodyPt} pt.`);
        }
        if (flags.pdf) {
          await writeFile(flags.pdf, fitted.pdf!);
          say(`Wrote ${flags.pdf}: one ${PAPER_SIZES[paper].label} landscape page, body text ${fitted.bodyPt} pt.`);
        }
      }
      if (flags.json) printJson(guideDocumentOf(guide));
      else if (!flags.html && !flags.pdf) console.log(guideText(sheet));
    });
}

function isCalendarDate(value: string): boolean {
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fits the sheet to the page in Chromium (and prints the PDF). Without Chromium, HTML alone
 * is sized by the estimate, and says so; a PDF needs Chromium.
 */
async function fitSheet(sheet: GuideSheet, paper: Paper, flags: GuideFlags, needPdf: boolean): Promise<FittedGuide & { pdf?: Uint8Array }> {
  try {
    const printer = await openGuidePrinter(flags.chromium);
    try {
      const fitted = await printer.fit(sheet, paper);
      return needPdf ? { ...fitted, pdf: await printer.pdf(fitted.html, paper) } : fitted;
    } finally {
      await printer.close();
    }
  } catch (error) {
    if (error instanceof GuideTooLongError) throw new CliError(error.message, 1);
    if (!(error instanceof PrinterUnavailableError)) throw error;
    if (needPdf) throw new CliError(error.message, 1);
    const estimate = estimateGuideFit(sheet, paper);
    if (estimate.bodyPt === null) {
      const names = estimate.overflowing.map((key) => sheet.stages.find((s) => s.stageKey === key)?.stageName ?? key);
      throw new CliError(new GuideTooLongError(names.map((name, i) => ({ key: estimate.overflowing[i]!, name })), paper).message, 1);
    }
    console.error(`coachboard: ${error.message} The HTML is sized by estimate (${estimate.bodyPt} pt) instead: check that its print preview shows one page.`);
    return { html: renderGuideHtml(sheet, { paper, bodyPt: estimate.bodyPt }), bodyPt: estimate.bodyPt };
  }
}

/** The guide as plain text, stage by stage. */
function guideText(sheet: GuideSheet): string {
  const lines = [`Coaching guide${sheet.orgName ? ` · ${sheet.orgName}` : ''}${sheet.basis ? ` (${sheet.basis})` : ''}`];
  sheet.stages.forEach((stage, i) => {
    const numberOf = new Map(stage.behaviours.map((b, j) => [b.key, j + 1]));
    lines.push('', `${i + 1}. ${stage.stageName}`);
    for (const k of stage.kpis) lines.push(`   ${k.label}: ${k.value ?? '—'}${k.note ? ` (${k.note})` : ''}`);
    lines.push('   What good looks like:');
    if (stage.behaviours.length === 0) lines.push('     (none yet: add them, or copy the default ones, in the web app)');
    stage.behaviours.forEach((b, j) => lines.push(`     ${j + 1}. ${b.name}${b.description ? `: ${b.description}` : ''}`));
    if (stage.questions.length > 0) lines.push('   Ask:');
    for (const q of stage.questions) {
      const ref = q.behaviourKey === undefined ? undefined : numberOf.get(q.behaviourKey);
      lines.push(`     - ${q.text}${ref === undefined ? '' : ` [${ref}]`}`);
    }
  });
  return lines.join('\n');
}
