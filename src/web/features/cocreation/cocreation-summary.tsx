import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { formatDate } from '../../components/format-date.ts';
import { obstacleLabels } from '../../components/obstacle-labels.ts';
import { outcomeWords } from './outcome-step.tsx';

/** What the rep (and anyone who may read but not edit) sees: the obstacle, the chosen ideas, the next steps. */
export function CoCreationSummary({ session }: { session: CoCreationSession }) {
  const lensName = new Map(session.prompts.map((l) => [l.lens, l.name]));
  const chosen = session.ideas.filter((idea) => idea.chosen);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="summary-title">
        <div className="card-header"><h2 id="summary-title">Summary</h2></div>
        <div className="card-body">
          <dl className="summary-list">
            <div><dt>Obstacle</dt><dd>{session.obstacleCategory !== null ? obstacleLabels[session.obstacleCategory] : '—'}{session.obstacle !== null ? `: ${session.obstacle}` : ''}</dd></div>
            <div><dt>Ideas</dt><dd>{session.openingThinking.ideas} ideas through {session.openingThinking.lensesUsed} of 9 lenses</dd></div>
            <div><dt>Chosen</dt><dd>{chosen.length === 0 ? '—' : (
              <ul className="plain-list">{chosen.map((idea) => <li key={idea.id}><strong>{lensName.get(idea.lens)}</strong>: {idea.text}</li>)}</ul>
            )}</dd></div>
            {session.decision !== null && <div><dt>Decision</dt><dd>{session.decision}</dd></div>}
            {session.outcome !== null && <div><dt>Outcome</dt><dd>{outcomeWords[session.outcome.result]}{session.outcome.note !== null ? `: ${session.outcome.note}` : ''}</dd></div>}
          </dl>
        </div>
      </section>
      <section className="card" aria-labelledby="summary-next">
        <div className="card-header"><h2 id="summary-next">Next steps</h2></div>
        <div className="card-body">
          {session.commitments.length === 0 ? <p className="text-secondary">No next steps from this session.</p> : (
            <ul className="commitment-list">
              {session.commitments.map((c) => <li key={c.id}><span>{c.text}</span><span className="text-secondary small">due {formatDate(c.dueOn)} · {c.status.replace('_', ' ')}</span></li>)}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
