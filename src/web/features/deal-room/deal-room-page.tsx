import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { DealRoom } from '../../../contract/deal-room.ts';
import { isApiError } from '../../api/api-error.ts';
import { AsOfField } from '../../components/as-of-field.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { DealCoCreations, DealSuggestions } from './deal-co-creations.tsx';
import { DealFactsStrip } from './deal-facts.tsx';
import { DealHistory } from './deal-history.tsx';
import { DealActivities, DealStakeholders } from './deal-people.tsx';
import { DealStallPanel } from './deal-stall-panel.tsx';
import { useDealRoom, useStartCoCreation } from './use-deal-room.ts';
import './deal-room.css';

/** One deal as of a date: facts, history, people, why it stalls, and the way into a co-creation session. */
export function DealRoomPage() {
  const { id = '' } = useParams();
  const dealId = /^\d+$/.test(id) ? Number(id) : 0;
  const [search, setSearch] = useSearchParams();
  const rawAsOf = search.get('asOf') ?? '';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(rawAsOf) ? rawAsOf : null;
  const room = useDealRoom(dealId, asOf);

  if (dealId === 0 || (room.isError && isApiError(room.error) && room.error.status === 404)) {
    return (
      <>
        <PageHeader title="Deal not found" description="This deal does not exist, or is not one you may open." />
        <div className="card">
          <EmptyState title="No such deal in your view" actions={<Link className="button" to="/stalled-deals">Stalled deals</Link>}>
            Deals you may open are listed under Deals and Stalled deals.
          </EmptyState>
        </div>
      </>
    );
  }
  if (room.isPending) return <PageLoading label="Opening the deal room…" />;
  if (room.isError) {
    return (
      <>
        <PageHeader title="Deal room" description="One deal, and what to try next." />
        <QueryError error={room.error} onRetry={() => void room.refetch()} what="this deal" />
      </>
    );
  }
  const data = room.data;
  const setAsOf = (value: string) => {
    const next = new URLSearchParams(search);
    if (value === '') next.delete('asOf'); else next.set('asOf', value);
    setSearch(next);
  };
  return (
    <>
      <PageHeader title={data.deal.name} description={describeDeal(data)}
        actions={<div className="room-actions"><AsOfField value={asOf ?? data.asOf} onChange={setAsOf} /><CoCreationAction room={data} /></div>} />
      <div className="stack-lg" aria-busy={room.isPlaceholderData}>
        <DealFactsStrip room={data} />
        <div className="room-grid">
          <div className="stack-lg">
            <DealStallPanel room={data} />
            <DealHistory room={data} />
            <DealStakeholders room={data} />
            <DealActivities room={data} />
          </div>
          <div className="stack-lg">
            <DealCoCreations room={data} />
            <DealSuggestions room={data} />
          </div>
        </div>
      </div>
    </>
  );
}

function describeDeal(room: DealRoom): string {
  const { deal } = room;
  const parts = [`Owner ${deal.owner.name}`];
  if (deal.manager !== null) parts.push(`manager ${deal.manager.name}`);
  if (deal.account !== null) parts.push(deal.account.industry !== null ? `${deal.account.name} (${deal.account.industry})` : deal.account.name);
  if (deal.product !== null && !deal.name.includes(deal.product)) parts.push(deal.product);
  return parts.join(' · ');
}

/** Start a co-creation session (or go back to the one in progress). */
function CoCreationAction({ room }: { room: DealRoom }) {
  const navigate = useNavigate();
  const start = useStartCoCreation(room.deal.id);
  const inProgress = room.coCreations.find((s) => s.status === 'planned' && s.outcome === null);
  if (!room.canCoCreate || !room.stall.open) return null;
  if (inProgress !== undefined) {
    return <Link className="button button-primary" to={`/co-creation/${inProgress.id}`}>Continue co-creation session</Link>;
  }
  return (
    <div className="room-start">
      <button type="button" className="button button-primary" disabled={start.isPending}
        onClick={() => start.mutate(undefined, { onSuccess: (session) => navigate(`/co-creation/${session.id}`) })}>
        {start.isPending ? 'Opening…' : 'Start co-creation session'}
      </button>
      {start.isError && <p className="field-error" role="alert">{start.error.message}</p>}
    </div>
  );
}
