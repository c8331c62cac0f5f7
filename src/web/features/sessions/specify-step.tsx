// The Specify step: one behaviour change, tied to a behaviour of the guide, checked live.
import { useState } from 'react';
import type { PrepareResponse, SessionDetail } from '../../../contract/coaching.ts';
import type { GuideResponse } from './guide-types.ts';
import { behaviourOptions } from './behaviour-options.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { SaveStatus, type SaveState } from './step-field.tsx';
import { usePatchSession, useSpecifyCheck } from './use-sessions.ts';

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
