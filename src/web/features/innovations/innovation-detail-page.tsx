import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatDate } from '../../components/format-date.ts';
import { obstacleLabels } from '../../components/obstacle-labels.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useInnovation } from './use-innovations.ts';
import './innovations.css';

const resultWords = { won: 'Won', advanced: 'Moved forward', no_change: 'No change' } as const;

/** One innovation in full: the situation, the approach, the lesson, where it came from and where it was reused. */
export function InnovationDetailPage() {
  const { id = '' } = useParams();
  const innovationId = /^\d+$/.test(id) ? Number(id) : 0;
  const query = useInnovation(innovationId);
  if (innovationId === 0 || (query.isError && isApiError(query.error) && query.error.status === 404)) {
    return (
      <>
        <PageHeader title="Innovation not found" description="It may have been removed." />
        <div className="card"><EmptyState title="No such innovation" actions={<Link className="button" to="/innovations">Open the library</Link>} /></div>
      </>
    );
  }
  if (query.isPending) return <PageLoading label="Opening the innovation…" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} what="this innovation" />;
  const innovation = query.data;
  return (
    <>
      <PageHeader title={innovation.title}
        description={`Captured by ${innovation.author.name} on ${formatDate(innovation.createdAt)} · ${innovation.useCount === 0 ? 'not reused yet' : `reused ${innovation.useCount} ${innovation.useCount === 1 ? 'time' : 'times'}`}`}
        actions={<Link className="button" to="/innovations">Back to the library</Link>} />
      <div className="innovation-detail">
        <section className="card" aria-labelledby="story-title">
          <div className="card-header">
            <h2 id="story-title">What happened</h2>
            <p className="innovation-tags">
              <span className="badge">{obstacleLabels[innovation.obstacleCategory]}</span>
              {innovation.segment !== null && <span className="badge badge-accent">{innovation.segment}</span>}
              <span className="badge">{resultWords[innovation.result]}</span>
            </p>
          </div>
          <div className="card-body">
            <dl className="summary-list">
              <div><dt>The situation</dt><dd>{innovation.situation}</dd></div>
              <div><dt>The approach</dt><dd className="preserve-lines">{innovation.approach}</dd></div>
              <div className="lesson-block"><dt>What this taught us about how customers buy{innovation.segment !== null ? ` in ${innovation.segment}` : ''}</dt><dd>{innovation.lesson}</dd></div>
            </dl>
          </div>
        </section>
        <aside className="stack">
          <section className="card" aria-labelledby="source-title">
            <div className="card-header"><h2 id="source-title">Where it came from</h2></div>
            <div className="card-body stack">
              {innovation.sourceDeal === null ? <p className="text-secondary">The deal is no longer in the data.</p>
                : innovation.sourceDeal.canOpen ? <p><Link to={`/deals/${innovation.sourceDeal.id}`}>{innovation.sourceDeal.name}</Link></p>
                : <p>{innovation.sourceDeal.name} <span className="text-secondary small">(another team's deal)</span></p>}
              {innovation.sourceSessionId !== null && innovation.sourceDeal?.canOpen === true && (
                <p><Link to={`/co-creation/${innovation.sourceSessionId}`}>The co-creation session</Link></p>
              )}
            </div>
          </section>
          <section className="card" aria-labelledby="uses-title">
            <div className="card-header"><h2 id="uses-title">Reused ({innovation.uses.length})</h2></div>
            {innovation.uses.length === 0 ? <p className="card-body text-secondary">Nobody has marked it as used yet. “We used this” in a co-creation session counts a reuse.</p> : (
              <ul className="uses-list">
                {innovation.uses.map((use) => (
                  <li key={use.id}>
                    <span>{use.deal === null ? 'A deal' : use.deal.canOpen ? <Link to={`/deals/${use.deal.id}`}>{use.deal.name}</Link> : use.deal.name}</span>
                    <span className="text-secondary small">{use.by?.name ?? 'someone'} · {formatDate(use.usedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
