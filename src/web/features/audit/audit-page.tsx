import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEntry as AuditEntrySchema, PageOf } from '../../../contract/api.ts';
import { apiGet } from '../../api/client.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatDateTime } from '../../components/format-date.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { AuditDetail } from './audit-detail.tsx';

type AuditEntry = z.infer<typeof AuditEntrySchema>;
const PAGE_SIZE = 50;

export function AuditPage() {
  const [page, setPage] = useState(1);
  const entries = useQuery({
    queryKey: ['audit', { page, pageSize: PAGE_SIZE }],
    queryFn: () => apiGet<PageOf<AuditEntry>>('/api/v1/audit', { page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title="Audit log" description="Sign-ins, imports, exports and permission changes, newest first." />
      <section className="card card-flush" aria-label="Audit entries">
        {entries.isPending && <TableSkeleton columns={4} label="Loading the audit log…" />}
        {entries.isError && <div className="card-body"><QueryError error={entries.error} onRetry={() => void entries.refetch()} what="the audit log" /></div>}
        {entries.data?.items.length === 0 && <EmptyState title="Nothing recorded yet">Sign-ins, imports and permission changes will appear here.</EmptyState>}
        {entries.data && entries.data.items.length > 0 && (
          <ScrollRegion label="Audit log">
            <table className="table" aria-busy={entries.isPlaceholderData}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {entries.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <td>{entry.actorEmail ?? <span className="text-secondary">System</span>}</td>
                    <td className="nowrap"><code className="action-code">{entry.action}</code></td>
                    <td className="cell-wrap"><AuditDetail detail={entry.detail} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {entries.data && (
          <Pagination page={entries.data.page} pageSize={entries.data.pageSize} total={entries.data.total}
            onPageChange={(next) => { setPage(next); window.scrollTo({ top: 0 }); }} label="Audit log pages" />
        )}
      </section>
    </>
  );
}
