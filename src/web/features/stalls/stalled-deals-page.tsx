import type { StallsResponse } from '../../../contract/stalls.ts';
import { useCurrentUser } from '../../api/session.ts';
import { AsOfField } from '../../components/as-of-field.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatDate } from '../../components/format-date.ts';
import { IconInfo } from '../../components/icons.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { signalLabels } from '../../components/stall-signal-list.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { SnoozedDealsList } from './snoozed-deals-list.tsx';
import { StalledDealsTable } from './stalled-deals-table.tsx';
import { useStallParams } from './use-stall-params.ts';
import { useManagerOptions, useStalls } from './use-stalls.ts';
import './stalls.css';

/** A manager's Monday list: the team's stalled deals, why each looks stuck, and a way into its deal room. */
export function StalledDealsPage() {
  const user = useCurrentUser();
  const picksScope = user.role === 'leader' || user.role === 'admin';
  const { params, update } = useStallParams();
  const stalls = useStalls(params);
  const managers = useManagerOptions(picksScope);
  const data = stalls.data;
  const description = user.role === 'rep'
    ? 'Your open deals that show a stall signal, each with the reason in words. Open one to plan what to try next.'
    : 'Open deals that show a stall signal, each with the reason in words. Open a deal room to work on one with its rep, rather than reaching for a discount.';

  return (
    <>
      <PageHeader title="Stalled deals" description={description} actions={(
        <div className="stalls-controls">
          {picksScope && (
            <SelectField className="stalls-scope" label="Team" value={params.managerId === null ? '' : String(params.managerId)}
              options={[{ value: '', label: 'Whole organisation' }, ...(managers.data ?? [])]}
              onValueChange={(managerId) => update({ managerId })} />
          )}
          <AsOfField value={params.asOf ?? data?.asOf ?? ''} onChange={(asOf) => update({ asOf })} />
          <SelectField className="mobile-only sort-select" label="Sort by" value={params.sort}
            options={[{ value: '-amount', label: 'Amount, largest first' }, { value: 'amount', label: 'Amount, smallest first' },
              { value: '-age', label: 'Longest in stage first' }, { value: 'age', label: 'Shortest in stage first' }]}
            onValueChange={(sort) => update({ sort })} />
        </div>
      )} />
      <section className="card card-flush" aria-label="Stalled deals">
        {data !== undefined && <StallsSummary data={data} />}
        {stalls.isPending && <TableSkeleton columns={7} label="Finding stalled deals…" />}
        {stalls.isError && <div className="card-body"><QueryError error={stalls.error} onRetry={() => void stalls.refetch()} what="stalled deals" /></div>}
        {data !== undefined && data.items.length === 0 && (
          <EmptyState title={data.openDeals === 0 ? 'No open deals on this date' : 'Nothing is stalled'} headingLevel={3}>
            {data.openDeals === 0
              ? `There were no open deals in ${data.scope.name} on ${formatDate(data.asOf)}. Try another date or team.`
              : `All ${data.openDeals} open deals in ${data.scope.name} are moving as of ${formatDate(data.asOf)}${data.snoozed.length > 0 ? ', apart from the snoozed ones below' : ''}.`}
          </EmptyState>
        )}
        {data !== undefined && data.items.length > 0 && (
          <div className="table-scroll">
            <StalledDealsTable deals={data.items} sort={params.sort} onSort={(sort) => update({ sort })} asOf={data.asOf}
              busy={stalls.isPlaceholderData} canSnooze chosenAsOf={params.asOf} />
          </div>
        )}
        {data !== undefined && (
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total}
            onPageChange={(page) => { update({ page: String(page) }); window.scrollTo({ top: 0 }); }} label="Stalled deal pages" />
        )}
      </section>
      {data !== undefined && data.snoozed.length > 0 && <SnoozedDealsList deals={data.snoozed} canWake />}
    </>
  );
}

function StallsSummary({ data }: { data: StallsResponse }) {
  return (
    <div className="stalls-summary">
      <p className="stalls-asof" aria-live="polite">
        As of <strong>{formatDate(data.asOf)}</strong> · {data.scope.name}:{' '}
        <strong className="numeric">{data.total} of {data.openDeals} open {data.openDeals === 1 ? 'deal' : 'deals'} stalled</strong>
        {data.snoozed.length > 0 && <> · {data.snoozed.length} snoozed</>}
      </p>
      {data.notEvaluated.length > 0 && (
        <div className="not-evaluated">
          <IconInfo />
          <div>
            <p><strong>Not checked here.</strong> Rather than flag every deal, a signal whose data this organisation lacks is left out:</p>
            <ul>
              {data.notEvaluated.map((n) => <li key={`${n.code}-${n.reason}`}><strong>{signalLabels[n.code]}</strong>: {n.reason}.</li>)}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
