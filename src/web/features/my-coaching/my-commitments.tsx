import { Link } from 'react-router';
import type { Commitment } from '../../../contract/coaching.ts';
import { formatDate } from '../../components/format-date.ts';
import { Pill, type PillTone } from '../../components/pill.tsx';
import { groupCommitments } from './group-commitments.ts';
import { todayIso, useMyCommitments } from './use-my-coaching.ts';

const reviewTone: Record<Commitment['status'], PillTone> = { open: 'info', done: 'success', not_done: 'warning', dropped: 'neutral' };
const reviewWord: Record<Commitment['status'], string> = { open: 'Open', done: 'Done', not_done: 'Not done', dropped: 'Dropped' };

/** The rep's commitments: due now, coming up, and how earlier ones were reviewed. */
export function MyCommitments() {
  const list = useMyCommitments();
  const groups = groupCommitments(list.data?.items ?? [], todayIso());
  return (
    <section className="card" aria-labelledby="commitments-title">
      <div className="card-header">
        <div>
          <h2 id="commitments-title">My commitments</h2>
          <p>What you agreed to try, and by when. Your manager goes through them with you at your next 1:1.</p>
        </div>
      </div>
      <div className="card-body stack">
        {list.isPending && <p className="text-secondary">Loading your commitments…</p>}
        {list.isError && <p className="field-error">Could not load your commitments: {list.error.message}</p>}
        {list.data && list.data.items.length === 0 && <p className="text-secondary">No commitments yet: they appear after a 1:1 in which you agree on something to try.</p>}
        {groups.due.length > 0 && <CommitmentGroup id="due" title="Due now" items={groups.due} tone="due" />}
        {groups.open.length > 0 && <CommitmentGroup id="open" title="Coming up" items={groups.open} tone="open" />}
        {groups.reviewed.length > 0 && <CommitmentGroup id="reviewed" title="Reviewed" items={groups.reviewed} tone="reviewed" />}
      </div>
    </section>
  );
}

function CommitmentGroup({ id, title, items, tone }: { id: string; title: string; items: Commitment[]; tone: 'due' | 'open' | 'reviewed' }) {
  return (
    <div className="commitment-group" aria-labelledby={`group-${id}`}>
      <h3 id={`group-${id}`} className="eyebrow">{title} <span className="count-badge">{items.length}</span></h3>
      <ul className="my-commitments" data-group={tone}>
        {items.map((c) => (
          <li key={c.id}>
            <p className="my-commitment-text">{c.text}</p>
            <p className="my-commitment-meta">
              {tone === 'reviewed' ? <Pill tone={reviewTone[c.status]}>{reviewWord[c.status]}</Pill>
                : <span className={tone === 'due' ? 'fact-attention' : undefined}>Due {formatDate(c.dueOn)}</span>}
              {c.behaviour && <span>{c.behaviour.name}</span>}
              <Link to={`/sessions/${c.sessionId}`}>agreed on {formatDate(c.sessionDate)}</Link>
            </p>
            {c.reviewNote && <p className="my-commitment-note">“{c.reviewNote}”</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
