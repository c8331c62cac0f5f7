import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { StalledDeal } from '../../../contract/stalls.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { SnoozeDealForm } from '../../components/snooze-deal-form.tsx';
import { SortableHeader } from '../../components/sortable-header.tsx';
import { StallSignalList } from '../../components/stall-signal-list.tsx';
import type { StallSort } from './use-stalls.ts';

type Props = {
  deals: StalledDeal[]; sort: StallSort; onSort: (sort: StallSort) => void; asOf: string; busy: boolean; canSnooze: boolean;
  /** The as-of date the manager chose, carried into the deal room. */
  chosenAsOf: string | null;
};

const sortWords: Record<StallSort, string> = {
  '-amount': 'amount, largest first', amount: 'amount, smallest first', '-age': 'age, oldest first', age: 'age, newest first',
};

function Missing() {
  return <><span aria-hidden="true" className="text-muted">—</span><span className="sr-only">unknown</span></>;
}

/** The team's stalled deals: who, where, how long, how much, and why each one is judged stalled. */
export function StalledDealsTable({ deals, sort, onSort, asOf, busy, canSnooze, chosenAsOf }: Props) {
  const roomSearch = chosenAsOf !== null ? `?asOf=${chosenAsOf}` : '';
  const [snoozing, setSnoozing] = useState<number | null>(null);
  const header = (label: string, field: string) => (
    <SortableHeader label={label} field={field} sort={sort} onSort={(next) => onSort(next as StallSort)} firstDirection="desc" numeric />
  );
  return (
    <table className="table table-cards stalls-table" role="table" aria-busy={busy} data-busy={busy}>
      <caption className="sr-only">Stalled deals, sorted by {sortWords[sort]}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Deal and owner</th>
          <th scope="col" role="columnheader">Stage</th>
          {header('Days in stage', 'age')}
          {header('Amount', 'amount')}
          <th scope="col" role="columnheader">Expected close</th>
          <th scope="col" role="columnheader">Why it looks stalled</th>
          <th scope="col" role="columnheader"><span className="sr-only">Snooze</span></th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {deals.map((deal) => (
          <Fragment key={deal.id}>
            <tr role="row">
              <th scope="row" role="rowheader" className="deal-name">
                <Link to={`/deals/${deal.id}${roomSearch}`}>{deal.name}</Link>
                <span className="cell-sub">{deal.ownerName}{deal.segment !== null ? ` · ${deal.segment}` : ''}</span>
                {deal.snooze !== null && !deal.snooze.active && <span className="cell-sub">Snooze ended {formatDate(deal.snooze.until)}</span>}
              </th>
              <td role="cell" data-label="Stage" className="nowrap">{deal.stageName ?? <Missing />}</td>
              <td role="cell" data-label="Days in stage" className="num">
                {deal.daysInStage !== null ? deal.daysInStage
                  : deal.ageDays !== null ? <>{deal.ageDays}<span className="cell-sub">since engage</span></> : <Missing />}
              </td>
              <td role="cell" data-label="Amount" className="num">{deal.amount === null ? <Missing /> : formatMoney(deal.amount, deal.currency)}</td>
              <td role="cell" data-label="Expected close" className="nowrap">{deal.expectedCloseOn !== null ? formatDate(deal.expectedCloseOn) : <Missing />}</td>
              <td role="cell" data-label="Signals" className="signals-cell"><StallSignalList signals={deal.signals} /></td>
              <td role="cell" data-label="Snooze" className="row-end">
                {canSnooze && (
                  <button type="button" className="button button-sm" aria-expanded={snoozing === deal.id}
                    aria-label={`Snooze ${deal.name}`} onClick={() => setSnoozing(snoozing === deal.id ? null : deal.id)}>Snooze</button>
                )}
              </td>
            </tr>
            {snoozing === deal.id && (
              <tr className="expanded-row" role="row">
                <td colSpan={7} role="cell">
                  <SnoozeDealForm dealId={deal.id} dealName={deal.name} asOf={asOf} onDone={() => setSnoozing(null)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
