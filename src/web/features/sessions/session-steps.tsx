import { useState } from 'react';
import type { Commitment, PrepareResponse, SessionDetail } from '../../../contract/coaching.ts';
import type { GuideResponse } from './guide-types.ts';
import { Alert } from '../../components/alert.tsx';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { SaveStatus, StepField, type SaveState } from './step-field.tsx';
import {
  useAddCommitment, useDeleteCommitment, usePatchSession, useReviewCommitment, useSaveUnderstand, useSpecifyCheck,
} from './use-sessions.ts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const segmentLabel: Record<string, string> = { star: 'Star', core: 'Core performer', ramping: 'Ramping', bottom: 'Bottom of range' };

// --- Prepare ------------------------------------------------------------------------------

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
                    <strong>{d.name}</strong> · {d.stageName ?? '—'} · <span className="numeric">{formatMoney(d.amount, d.currency)}</span>
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

// --- Affirm -------------------------------------------------------------------------------

export function AffirmStep({ session }: { session: SessionDetail }) {
  const patch = usePatchSession(session.id);
  return (
    <div className="stack">
      <Alert tone="info" title="Development, not evaluation">{session.affirmReminder}</Alert>
      <StepField label="Affirm note" hint="What went well; what you appreciate. Saved when you leave the field."
        initial={session.affirm} rows={4} onSave={(value) => patch.mutateAsync({ affirm: value })} />
      <StepField label="Private note" hint="Only you see this (never the rep, never a performance export)."
        initial={session.privateNote} rows={3} onSave={(value) => patch.mutateAsync({ privateNote: value })} />
    </div>
  );
}

// --- Understand ---------------------------------------------------------------------------

const sources = [
  ['joint_call', 'Joint call'], ['recording', 'Recording'], ['deal_review', 'Deal review'], ['call_plan', 'Call plan'], ['other', 'Other'],
] as const;
const ratingWords = ['', 'Not seen / poor', 'Emerging', 'Mostly there', 'What good looks like'];

export function UnderstandStep({ session, prepare, guide }: { session: SessionDetail; prepare: PrepareResponse | undefined; guide: GuideResponse | undefined }) {
  const save = useSaveUnderstand(session.id);
  const existing = session.observations?.[0];
  const focus = session.behaviour ?? prepare?.generated.focus?.behaviour ?? null;
  const [behaviourId, setBehaviourId] = useState<number | null>(existing?.behaviour.id ?? focus?.id ?? null);
  const [text, setText] = useState(session.understand ?? '');
  const [rating, setRating] = useState<number | null>(existing?.rating ?? null);
  const [source, setSource] = useState<string>(existing?.source ?? 'joint_call');
  const [state, setState] = useState<SaveState>('idle');
  const options = behaviourOptions(guide);

  const submit = () => {
    if (text.trim() === '' && rating === null) return;
    setState('saving');
    save.mutateAsync({
      text: text.trim() === '' ? null : text,
      ...(rating !== null ? { rating, source, evidence: text.trim() === '' ? undefined : text, behaviourId: behaviourId ?? undefined } : {}),
    }).then(() => setState('saved'), () => setState('error'));
  };

  return (
    <form className="stack" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <div className="field">
        <label className="field-label" htmlFor="understand-text">Observed behaviour and evidence</label>
        <p className="field-hint" id="understand-hint">What did you see or hear, where? Facts, not judgements.</p>
        <textarea id="understand-text" className="input textarea" rows={5} aria-describedby="understand-hint"
          value={text} onChange={(e) => { setText(e.target.value); setState('idle'); }} />
      </div>
      <div className="form-row">
        <div className="field">
          <label className="field-label" htmlFor="understand-behaviour">Behaviour rated</label>
          <select id="understand-behaviour" className="select" value={behaviourId ?? ''}
            onChange={(e) => { setBehaviourId(e.target.value === '' ? null : Number(e.target.value)); setState('idle'); }}>
            <option value="">Choose a behaviour…</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="understand-source">Source</label>
          <select id="understand-source" className="select" value={source} onChange={(e) => { setSource(e.target.value); setState('idle'); }}>
            {sources.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
      </div>
      <fieldset className="rating-group">
        <legend className="field-label">Rating of the behaviour</legend>
        <div className="rating-options">
          {[1, 2, 3, 4].map((n) => (
            <label key={n} className="rating-option">
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => { setRating(n); setState('idle'); }} />
              <span><strong>{n}</strong> {ratingWords[n]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={state === 'saving' || (rating !== null && behaviourId === null)}>
          Save Understand{rating !== null ? ' and observation' : ''}
        </button>
        <SaveStatus state={state} />
      </div>
      {save.isError && <p className="field-error" role="alert">{save.error.message}</p>}
    </form>
  );
}

function behaviourOptions(guide: GuideResponse | undefined) {
  return (guide?.stages ?? []).flatMap((s) => s.behaviours.map((b) => ({ id: b.id, key: b.key, stageId: s.id, label: `${s.name}: ${b.name}` })));
}

// --- Specify ------------------------------------------------------------------------------

export function SpecifyStep({ session, prepare, guide }: { session: SessionDetail; prepare: PrepareResponse | undefined; guide: GuideResponse | undefined }) {
  const patch = usePatchSession(session.id);
  const [text, setText] = useState(session.specify ?? '');
  const [behaviourId, setBehaviourId] = useState<number | null>(session.behaviour?.id ?? prepare?.generated.focus?.behaviour?.id ?? null);
  const [state, setState] = useState<SaveState>('idle');
  const options = behaviourOptions(guide);
  const behaviourKey = options.find((o) => o.id === behaviourId)?.key ?? null;
  const draft = useDebouncedValue({ text, behaviourKey, commitments: [] as { text: string; dueOn: string | null }[] }, 400);
  const check = useSpecifyCheck(session.id, draft, draft.text.trim() !== '');
  const warnings = draft.text.trim() === '' ? [] : (check.data?.warnings ?? []);
  // The dated commitment is agreed in Embed, the next step: here that warning is a reminder, not a fault of the text.
  const shown = warnings.filter((w) => w.code !== 'no_commitment');
  const needsCommitment = warnings.some((w) => w.code === 'no_commitment');

  const save = (next: { specify?: string | null; behaviourId?: number | null }) => {
    setState('saving');
    patch.mutateAsync(next).then(() => setState('saved'), () => setState('error'));
  };

  return (
    <div className="stack">
      <div className="field">
        <label className="field-label" htmlFor="specify-behaviour">Stage and behaviour</label>
        <select id="specify-behaviour" className="select" value={behaviourId ?? ''}
          onChange={(e) => {
            const id = e.target.value === '' ? null : Number(e.target.value);
            setBehaviourId(id);
            save({ behaviourId: id, ...(id === null ? {} : { stageId: options.find((o) => o.id === id)?.stageId }) });
          }}>
          <option value="">Choose the behaviour to change…</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="specify-text">One behaviour change</label>
        <p className="field-hint" id="specify-hint">What will the rep do differently, in which situation? Name the behaviour, not the number.</p>
        <textarea id="specify-text" className="input textarea" rows={4} aria-describedby="specify-hint specify-warnings"
          value={text} onChange={(e) => { setText(e.target.value); setState('idle'); }}
          onBlur={() => {
            if (text === (session.specify ?? '')) return;
            const tie = behaviourId !== null && behaviourId !== (session.behaviour?.id ?? null)
              ? { behaviourId, stageId: options.find((o) => o.id === behaviourId)?.stageId } : {};
            save({ specify: text.trim() === '' ? null : text, ...tie });
          }} />
        <SaveStatus state={state} />
      </div>
      <div id="specify-warnings" className="specify-check" aria-live="polite" aria-busy={check.isFetching}>
        {draft.text.trim() === '' ? null : shown.length === 0 ? (
          check.data !== undefined && <p className="check-ok">Coaching check: no warnings. This reads as one specific behaviour.</p>
        ) : (
          <ul className="check-warnings" aria-label="Coaching check warnings">
            {shown.map((w) => (
              <li key={w.code} className="check-warning" data-code={w.code}>
                <strong>{warningTitle[w.code]}</strong> {w.message}
              </li>
            ))}
          </ul>
        )}
        {needsCommitment && <p className="text-secondary small">Next, in Embed: agree a dated commitment that puts this change into practice.</p>}
      </div>
      {patch.isError && <p className="field-error" role="alert">{patch.error.message}</p>}
    </div>
  );
}

const warningTitle: Record<string, string> = {
  outcome_language: 'About outcomes.', generic: 'Too generic.', no_behaviour: 'No behaviour named.', no_commitment: 'No dated commitment.',
};

// --- Embed --------------------------------------------------------------------------------

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function EmbedStep({ session }: { session: SessionDetail }) {
  const add = useAddCommitment(session.id);
  const remove = useDeleteCommitment(session.id);
  const patch = usePatchSession(session.id);
  const today = new Date().toISOString().slice(0, 10);
  const base = session.date > today ? session.date : today;
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState(addDays(base, 7));
  return (
    <div className="stack">
      <section aria-labelledby="embed-list">
        <h3 id="embed-list" className="step-subtitle">Commitments agreed</h3>
        {session.commitments.length === 0 ? <p className="text-secondary">None yet: agree at least one dated, observable action.</p> : (
          <ul className="commitment-list">
            {session.commitments.map((c) => (
              <li key={c.id}>
                <span>{c.text}</span>
                <span className="text-secondary small">due {formatDate(c.dueOn)}</span>
                {session.canEdit && c.status === 'open' && (
                  <button type="button" className="button button-ghost button-sm" onClick={() => remove.mutate(c.id)}
                    aria-label={`Remove “${c.text}”`}>Remove</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form className="commitment-form" onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        add.mutate({ text: text.trim(), dueOn }, { onSuccess: () => setText('') });
      }}>
        <div className="field commitment-text">
          <label className="field-label" htmlFor="commitment-text">New commitment</label>
          <input id="commitment-text" className="input" value={text} onChange={(e) => setText(e.target.value)}
            placeholder="e.g. Open the Acme meeting with the downtime cost of similar plants" />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="commitment-due">Due on</label>
          <input id="commitment-due" className="input" type="date" value={dueOn} min={base} max={addDays(base, 120)}
            onChange={(e) => setDueOn(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={add.isPending || text.trim() === ''}>Add commitment</button>
      </form>
      {add.isError && <p className="field-error" role="alert">{add.error.message}</p>}
      <StepField label="Embed note" hint="How you will follow up (optional). Saved when you leave the field." initial={session.embed} rows={3}
        onSave={(value) => patch.mutateAsync({ embed: value })} />
    </div>
  );
}
