// The Prepare step: the generated brief (segment, focus, questions, stalled deals, observations)
// and the review of earlier commitments that every session opens with.
import { useState } from 'react';
import { Link } from 'react-router';
import type { Commitment, PrepareResponse, SessionDetail } from '../../../contract/coaching.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { StepField } from './step-field.tsx';
import { usePatchSession, useReviewCommitment } from './use-sessions.ts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const segmentLabel: Record<string, string> = { star: 'Star', core: 'Core performer', ramping: 'Ramping', bottom: 'Bottom of range' };

export function PrepareStep({ session, prepare }: { session: SessionDetail; prepare: PrepareResponse | undefined }) {
  const patch = usePatchSession(session.id);
  const g = prepare?.generated;
  return (
    <div className="stack">
      <ReviewList session={session} />
      {g === undefined ? <p className="text-secondary">Generating the Prepare…</p> : (
        <div className="prepare-grid">
          <section className="prepare-box" aria-labelledby="prep-who">
            <h3 id="prep-who">Where {session.rep?.name.split(' ')[0] ?? 'the rep'} stands</h3>
            {g.segment !== null ? (
              <p><strong>{segmentLabel[g.segment.segment] ?? g.segment.segment}</strong>: {g.segment.reason}</p>
            ) : <p className="text-secondary">No segment (not an active rep).</p>}
            {g.quadrant !== null && <p className="text-secondary">{g.quadrant.advice}</p>}
          </section>
          <section className="prepare-box" aria-labelledby="prep-gap">
            <h3 id="prep-gap">Top gap</h3>
            {g.topGap === null ? <p className="text-secondary">No skill gap stands out in the window.</p> : (
              <>
                <p><strong>{g.topGap.transition}</strong>: {pct(g.topGap.repConversion)} vs {pct(g.topGap.benchmarkConversion)} benchmark</p>
                <ul className="behaviour-ratings">
                  {g.topGap.behaviours.map((b) => (
                    <li key={b.id} data-focus={g.focus?.behaviour?.id === b.id}>
                      <span>{b.name}</span>
                      <span className="rating-chip">{b.latestRating === null ? 'not rated' : `${b.latestRating}/4`}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {g.focus !== null && <p className="prepare-focus"><span className="eyebrow">Focus</span> {g.focus.reason}</p>}
          </section>
          <section className="prepare-box" aria-labelledby="prep-ask">
            <h3 id="prep-ask">Ask</h3>
            {g.questions.length === 0 ? <p className="text-secondary">No starter questions in the guide for this stage.</p> : (
              <ul className="question-list">{g.questions.map((q) => <li key={q}>{q}</li>)}</ul>
            )}
          </section>
          <section className="prepare-box" aria-labelledby="prep-deals">
            <h3 id="prep-deals">Stalled deals</h3>
            {g.stalledDeals.length === 0 ? <p className="text-secondary">None stalled.</p> : (
              <ul className="plain-list">
                {g.stalledDeals.slice(0, 5).map((d) => (
                  <li key={d.id}>
                    <strong><Link to={`/deals/${d.id}`}>{d.name}</Link></strong> · {d.stageName ?? '—'} · <span className="numeric">{formatMoney(d.amount, d.currency)}</span>
                    <div className="text-secondary small">{d.signals.map((s) => s.text).join('; ')}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="prepare-box" aria-labelledby="prep-obs">
            <h3 id="prep-obs">Recent observations</h3>
            {g.observations.length === 0 ? <p className="text-secondary">No observations yet.</p> : (
              <ul className="plain-list">
                {g.observations.slice(0, 3).map((o) => (
                  <li key={o.id}><span className="rating-chip">{o.rating}/4</span> <strong>{o.behaviourName}</strong>
                    <div className="text-secondary small">{formatDate(o.observedAt)} · {o.observerName}: {o.evidence}</div></li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
      {session.canEdit && (
        <StepField
          key={prepare === undefined ? 'loading' : 'ready'}
          label="Prepare note"
          hint="Start from the generated draft; edit it as you like. Saved when you leave the field."
          initial={session.prepare ?? prepare?.generated.draft ?? ''}
          rows={8}
          onSave={(value) => patch.mutateAsync({ prepare: value })}
        />
      )}
    </div>
  );
}

function ReviewList({ session }: { session: SessionDetail }) {
  const review = session.review;
  if (review === undefined) return null;
  const all = [...review.due, ...review.open, ...review.reviewed];
  return (
    <section className="prepare-box" aria-labelledby="prep-review">
      <h3 id="prep-review">Commitments to review</h3>
      {all.length === 0 ? <p className="text-secondary">No earlier commitments: this is a fresh start.</p> : (
        <ul className="review-list">
          {all.map((c) => <ReviewItem key={c.id} commitment={c} session={session} due={review.due.includes(c)} />)}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({ commitment: c, session, due }: { commitment: Commitment; session: SessionDetail; due: boolean }) {
  const review = useReviewCommitment(session.id);
  const [note, setNote] = useState(c.reviewNote ?? '');
  const noteId = `review-note-${c.id}`;
  const verdict = c.status === 'done' ? 'Done' : c.status === 'not_done' ? 'Not done' : c.status === 'dropped' ? 'Dropped' : null;
  return (
    <li className="review-item" aria-label={`Commitment: ${c.text}`}>
      <div>
        <p className="review-text">{c.text}</p>
        <p className="text-secondary small">Agreed {formatDate(c.sessionDate)} · due {formatDate(c.dueOn)}{due && c.status === 'open' ? ' (due now)' : ''}
          {verdict !== null && <> · <strong>{verdict}</strong></>}</p>
      </div>
      {session.canEdit && (
        <div className="review-actions">
          <label className="sr-only" htmlFor={noteId}>Note on “{c.text}”</label>
          <input id={noteId} className="input input-sm" placeholder="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="button" className="button button-sm" aria-pressed={c.status === 'done'} disabled={review.isPending}
            onClick={() => review.mutate({ commitmentId: c.id, status: 'done', note: note.trim() || null })}>Done</button>
          <button type="button" className="button button-sm" aria-pressed={c.status === 'not_done'} disabled={review.isPending}
            onClick={() => review.mutate({ commitmentId: c.id, status: 'not_done', note: note.trim() || null })}>Not done</button>
        </div>
      )}
      {review.isError && <p className="field-error" role="alert">{review.error.message}</p>}
    </li>
  );
}
