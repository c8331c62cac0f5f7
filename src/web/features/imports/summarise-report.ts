import type { ImportReport } from '../../../contract/api.ts';
import { formatCount } from '../../components/format-count.ts';

export type ReportSummary = { tone: 'success' | 'danger'; title: string; body: string };

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** One sentence on what an import did, or would do, and whether anything blocked it. */
export function summariseReport(report: ImportReport): ReportSummary {
  const totals = Object.values(report.counts).reduce(
    (sum, c) => ({ created: sum.created + c.created, updated: sum.updated + c.updated, unchanged: sum.unchanged + c.unchanged }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  const warnings = report.warnings.length > 0 ? ` ${plural(report.warnings.length, 'warning')} to review.` : '';
  if (report.errors.length > 0) {
    return {
      tone: 'danger',
      title: report.dryRun ? `${plural(report.errors.length, 'error')} to fix before importing` : `Nothing was imported: ${plural(report.errors.length, 'error')}`,
      body: `Fix the rows listed below in your files, then preview again. Nothing has been written.${warnings}`,
    };
  }
  const created = plural(totals.created, 'record');
  const rest = `${formatCount(totals.updated)} updated and ${formatCount(totals.unchanged)} unchanged.`;
  return report.dryRun
    ? { tone: 'success', title: 'Ready to import', body: `No errors. Importing would create ${created}, with ${rest}${warnings}` }
    : { tone: 'success', title: 'Import complete', body: `Created ${created}, with ${rest}${warnings}` };
}
