import { Link } from 'react-router';
import type { SessionListItem } from '../../../contract/coaching.ts';
import { formatDate, formatDateTime } from '../../components/format-date.ts';
import { useMySessions, useNextSessions } from './use-my-coaching.ts';

const kindLabel: Record<SessionListItem['kind'], string> = { one_on_one: '1:1', deal: 'Deal coaching', team_skill: 'Team skill session', co_creation: 'Co-creation' };
const titleOf = (s: SessionListItem) => `${kindLabel[s.kind]} with ${s.manager.name}${s.opportunity ? ` · ${s.opportunity.name}` : ''}`;

/** Summaries of the rep's held sessions: the behaviour worked on and what was agreed. */
export function MySessions() {
  const list = useMySessions();
  const held = (list.data?.items ?? []).filter((s) => s.status === 'held');
  return (
    <section className="card" aria-labelledby="summaries-title">
      <div className="card-header">
        <div>
          <h2 id="summaries-title">Session summaries</h2>
          <p>The behaviour you worked on in each session and what you agreed. Your manager's own notes stay with them.</p>
        </div>
      </div>
      <div className="card-body">
        {list.isPending && <p className="text-secondary">Loading your sessions…</p>}
        {list.isError && <p className="field-error">Could not load your sessions: {list.error.message}</p>}
        {list.data && held.length === 0 && <p className="text-secondary">No sessions held yet.</p>}
        <ol className="summary-list">
          {held.map((s) => (
            <li key={s.id}>
              <div className="summary-head">
                <h3><Link to={`/sessions/${s.id}`}>{titleOf(s)}</Link></h3>
                <span className="text-secondary numeric">{formatDate(s.date)}</span>
              </div>
              {(s.stage || s.behaviour) && <p className="summary-focus">{[s.stage?.name, s.behaviour?.name].filter(Boolean).join(' · ')}</p>}
              {s.specify ? <p className="summary-specify">{s.specify}</p> : <p className="text-secondary">No behaviour change written down.</p>}
              {s.embed && <p className="summary-embed">{s.embed}</p>}
              <p className="text-secondary small">{s.commitmentCount === 1 ? '1 commitment' : `${s.commitmentCount} commitments`}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

/** The rep's next planned sessions. */
export function NextSessions() {
  const list = useNextSessions();
  return (
    <section className="card" aria-labelledby="next-title">
      <div className="card-header"><h2 id="next-title">Next sessions</h2></div>
      {list.isPending && <p className="compact-empty text-secondary">Loading…</p>}
      {list.isError && <p className="compact-empty field-error">Could not load: {list.error.message}</p>}
      {list.data && list.data.items.length === 0 && <p className="compact-empty text-secondary">Nothing planned yet.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="compact-list">
          {list.data.items.map((s) => (
            <li key={s.id}>
              <span className="compact-list-name">{titleOf(s)}</span>
              <span className="compact-list-why">{s.scheduledAt ? formatDateTime(s.scheduledAt) : formatDate(s.date)}{s.durationMin ? ` · ${s.durationMin} min` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
