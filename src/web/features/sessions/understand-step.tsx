// The Understand step: what the manager observed, saved as an observation of a behaviour.
import { useState } from 'react';
import type { PrepareResponse, SessionDetail } from '../../../contract/coaching.ts';
import type { GuideResponse } from './guide-types.ts';
import { behaviourOptions } from './behaviour-options.ts';
import { SaveStatus, type SaveState } from './step-field.tsx';
import { useSaveUnderstand } from './use-sessions.ts';

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
