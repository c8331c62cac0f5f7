import { Link } from 'react-router';
import type { Deal } from '../../../contract/api.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { SortableHeader } from '../../components/sortable-header.tsx';
import type { DealSort } from './deal-search-params.ts';
import { OutcomePill } from './outcome-pill.tsx';

type Props = { deals: Deal[]; sort: DealSort; onSort: (sort: DealSort) => void; busy: boolean };

function Missing() {
  return <><span aria-hidden="true" className="text-muted">—</span><span className="sr-only">unknown</span></>;
}

/**
 * Deals, one row each. Explicit ARIA roles keep the table semantics when narrow screens
 * restyle the rows as cards (CSS display changes drop them in some browsers).
 */
export function DealsTable({ deals, sort, onSort, busy }: Props) {
  const header = (label: string, field: string, first: 'asc' | 'desc', numeric = false) => (
    <SortableHeader label={label} field={field} sort={sort} onSort={(next) => onSort(next as DealSort)} firstDirection={first} numeric={numeric} />
  );
  return (
    <table className="table table-cards" role="table" aria-busy={busy} data-busy={busy}>
      <caption className="sr-only">Deals, sorted by {sortLabel(sort)}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {header('Deal', 'name', 'asc')}
          <th scope="col" role="columnheader">Account</th>
          <th scope="col" role="columnheader">Owner</th>
          <th scope="col" role="columnheader">Stage</th>
          <th scope="col" role="columnheader">Outcome</th>
          {header('Amount', 'amount', 'desc', true)}
          {header('Created', 'createdAt', 'desc')}
          {header('Closed', 'closedAt', 'desc')}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {deals.map((deal) => (
          <tr key={deal.id} role="row">
            <th scope="row" role="rowheader" className="cell-wrap deal-name">
              <Link to={`/deals/${deal.id}`}>{deal.name}</Link>
              {deal.productName !== null && !deal.name.includes(deal.productName) && <span className="cell-sub">{deal.productName}</span>}
            </th>
            <td role="cell" data-label="Account">{deal.accountName ?? <Missing />}</td>
            <td role="cell" data-label="Owner" className="nowrap">{deal.ownerName}</td>
            <td role="cell" data-label="Stage" className="nowrap">{deal.stageName}</td>
            <td role="cell" data-label="Outcome"><OutcomePill outcome={deal.outcome} /></td>
            <td role="cell" data-label="Amount" className="num">
              {deal.amount === null ? <Missing /> : formatMoney(deal.amount, deal.currency)}
            </td>
            <td role="cell" data-label="Created" className="nowrap">
              {deal.createdAt !== null ? formatDate(deal.createdAt)
                // Some CRMs (e.g. Maven's) record only when a deal was engaged: show that, labelled.
                : deal.engagedAt !== null ? <span className="text-secondary">{formatDate(deal.engagedAt)}{' '}<span className="cell-sub">engaged</span></span>
                : <Missing />}
            </td>
            <td role="cell" data-label="Closed" className="nowrap">
              {deal.closedAt !== null ? formatDate(deal.closedAt)
                : deal.expectedCloseAt !== null ? <span className="text-secondary">{formatDate(deal.expectedCloseAt)}{' '}<span className="cell-sub">expected</span></span>
                : <Missing />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const sortLabels: Record<DealSort, string> = {
  '-amount': 'amount, largest first',
  amount: 'amount, smallest first',
  '-closedAt': 'close date, newest first',
  closedAt: 'close date, oldest first',
  name: 'name, A to Z',
  '-name': 'name, Z to A',
  '-createdAt': 'created date, newest first',
  createdAt: 'created date, oldest first',
};

function sortLabel(sort: DealSort): string {
  return sortLabels[sort];
}
