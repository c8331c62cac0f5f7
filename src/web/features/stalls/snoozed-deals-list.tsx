import { Link } from 'react-router';
import type { StalledDeal } from '../../../contract/stalls.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { useSnoozeMutations } from '../../components/snooze-deal-form.tsx';

/** Deals paused on purpose: not stalls, but listed so that nobody forgets them. */
export function SnoozedDealsList({ deals, canWake }: { deals: StalledDeal[]; canWake: boolean }) {
  return (
    <section className="card" aria-labelledby="snoozed-title">
      <div className="card-header">
        <div>
          <h2 id="snoozed-title">Snoozed ({deals.length})</h2>
          <p>A known pause is not a stall. These come back on the list once their date passes.</p>
        </div>
      </div>
      <ul className="snoozed-list">
        {deals.map((deal) => <SnoozedDeal key={deal.id} deal={deal} canWake={canWake} />)}
      </ul>
    </section>
  );
}

function SnoozedDeal({ deal, canWake }: { deal: StalledDeal; canWake: boolean }) {
  const { wake } = useSnoozeMutations(deal.id);
  return (
    <li>
      <div className="snoozed-main">
        <Link to={`/deals/${deal.id}`} className="snoozed-name">{deal.name}</Link>
        <span className="text-secondary small">{deal.ownerName} · {deal.stageName ?? '—'} · {formatMoney(deal.amount, deal.currency)}</span>
      </div>
      <div className="snoozed-why">
        <span className="pill pill-info">Until {formatDate(deal.snooze?.until ?? null)}</span>
        <span className="small">{deal.snooze?.reason}</span>
        {deal.snooze?.createdBy !== null && deal.snooze?.createdBy !== undefined && <span className="text-secondary small">by {deal.snooze.createdBy}</span>}
      </div>
      {canWake && (
        <button type="button" className="button button-ghost button-sm" disabled={wake.isPending}
          onClick={() => wake.mutate()} aria-label={`End the snooze of ${deal.name}`}>End snooze</button>
      )}
    </li>
  );
}
