import type { ImportReport } from '../../../contract/api.ts';
import { Alert } from '../../components/alert.tsx';
import { formatCount } from '../../components/format-count.ts';
import { ImportCountsTable } from '../../components/import-counts-table.tsx';
import { ImportProblemsTable } from './import-problems-table.tsx';
import { summariseReport } from './summarise-report.ts';

const FEW_WARNINGS = 5;

/** A preview or import report: the verdict, counts per entity, then errors and warnings. */
export function ImportReportView({ report, live = false }: { report: ImportReport; live?: boolean }) {
  const summary = summariseReport(report);
  return (
    <div className="stack-lg">
      <Alert tone={summary.tone} title={summary.title} live={live}>{summary.body}</Alert>
      <div className="stack">
        <h3>{report.dryRun ? 'What the import would change' : 'What changed'}</h3>
        <div className="bordered">
          <ImportCountsTable counts={report.counts} caption="Records per type" dryRun={report.dryRun} />
        </div>
      </div>
      {report.errors.length > 0 && (
        <div className="stack">
          <h3>Errors <span className="pill pill-danger numeric">{formatCount(report.errors.length)}</span></h3>
          <ImportProblemsTable problems={report.errors} caption="Errors" />
        </div>
      )}
      {report.warnings.length > 0 && (
        <details className="disclosure" open={report.warnings.length <= FEW_WARNINGS}>
          <summary>
            <h3 className="disclosure-title">
              Warnings <span className="pill pill-warning numeric">{formatCount(report.warnings.length)}</span>
            </h3>
            <span className="text-secondary">{report.errors.length > 0 ? 'Not blocking, but worth a look.' : 'Not blocking: these rows are imported as described.'}</span>
          </summary>
          <ImportProblemsTable problems={report.warnings} caption="Warnings" />
        </details>
      )}
    </div>
  );
}
