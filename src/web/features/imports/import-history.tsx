import { Fragment, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ImportReport, ImportRun as ImportRunSchema, PageOf } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatCount } from '../../components/format-count.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { Pagination } from '../../components/pagination.tsx';
import { Pill } from '../../components/pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { ImportReportView } from './import-report-view.tsx';

type ImportRun = z.infer<typeof ImportRunSchema>;
const PAGE_SIZE = 10;

function RunResult({ report }: { report: ImportReport }) {
  if (report.errors.length > 0) return <Pill tone="danger">{formatCount(report.errors.length)} errors</Pill>;
  if (report.dryRun) return <Pill tone="neutral">Preview</Pill>;
  return <Pill tone="success">Imported</Pill>;
}

const total = (report: ImportReport, key: 'created' | 'updated') =>
  Object.values(report.counts).reduce((sum, counts) => sum + counts[key], 0);

/** Past import runs, newest first, each with its full report on request. */
export function ImportHistory() {
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);
  const runs = useQuery({
    queryKey: ['imports', { page, pageSize: PAGE_SIZE }],
    queryFn: () => apiGet<PageOf<ImportRun>>('/api/v1/imports', { page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <section className="card card-flush" aria-labelledby="import-history-title">
      <div className="card-header">
        <div>
          <h2 id="import-history-title">History</h2>
          <p>Every import and its report, including the CLI’s.</p>
        </div>
      </div>
      {runs.isPending && <TableSkeleton columns={6} rows={3} label="Loading past imports…" />}
      {runs.isError && <div className="card-body"><QueryError error={runs.error} onRetry={() => void runs.refetch()} what="past imports" /></div>}
      {runs.data?.items.length === 0 && (
        <EmptyState title="No imports yet" headingLevel={3}>Your imports will be listed here with their reports.</EmptyState>
      )}
      {runs.data && runs.data.items.length > 0 && (
        <ScrollRegion label="Past imports">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Source</th>
                <th scope="col">Layout</th>
                <th scope="col">Result</th>
                <th scope="col" className="num">Created</th>
                <th scope="col" className="num">Updated</th>
                <th scope="col"><span className="sr-only">Report</span></th>
              </tr>
            </thead>
            <tbody>
              {runs.data.items.map((run) => (
                <Fragment key={run.id}>
                  <tr>
                    <td className="nowrap">{formatDateTime(run.startedAt)}</td>
                    <td className="cell-wrap mono">{run.source}</td>
                    <td className="nowrap">{run.preset}</td>
                    <td><RunResult report={run.report} /></td>
                    <td className="num">{run.report.errors.length > 0 ? '—' : formatCount(total(run.report, 'created'))}</td>
                    <td className="num">{run.report.errors.length > 0 ? '—' : formatCount(total(run.report, 'updated'))}</td>
                    <td className="num">
                      <button type="button" className="button button-sm" aria-expanded={openId === run.id}
                        aria-controls={`import-run-${run.id}`} onClick={() => setOpenId(openId === run.id ? null : run.id)}>
                        {openId === run.id ? 'Hide report' : 'Show report'}
                      </button>
                    </td>
                  </tr>
                  {openId === run.id && (
                    <tr className="expanded-row">
                      <td colSpan={7} id={`import-run-${run.id}`}><ImportReportView report={run.report} /></td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {runs.data && (
        <Pagination page={runs.data.page} pageSize={runs.data.pageSize} total={runs.data.total} onPageChange={setPage} label="Import history pages" />
      )}
    </section>
  );
}
