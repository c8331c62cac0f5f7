import type { DealRoom } from '../../../contract/deal-room.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';

const outcomeWords = { open: 'Open', won: 'Won', lost: 'Lost', no_decision: 'No decision' } as const;

/** The deal's figures at a glance. */
export function DealFactsStrip({ room }: { room: DealRoom }) {
  const { deal, stall } = room;
  const facts: [string, string][] = [
    ['Amount', formatMoney(deal.amount, deal.currency)],
    ['Stage', deal.outcome === 'open' ? deal.stage.name : `${outcomeWords[deal.outcome]}${deal.closedOn !== null ? ` on ${formatDate(deal.closedOn)}` : ''}`],
    ['Days in stage', stall.daysInStage !== null ? String(stall.daysInStage) : stall.ageDays !== null ? `${stall.ageDays} since engage` : '—'],
    ['Expected close', formatDate(deal.expectedCloseOn)],
    [deal.createdOn !== null ? 'Created' : 'Engaged', formatDate(deal.createdOn ?? deal.engagedOn)],
    ['Segment', deal.segment ?? '—'],
  ];
  return (
    <dl className="stat-list room-facts">
      {facts.map(([label, value]) => <div key={label} className="stat"><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}
