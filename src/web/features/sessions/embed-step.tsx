// The Embed step: dated commitments and how the manager will follow up.
import { useState } from 'react';
import type { SessionDetail } from '../../../contract/coaching.ts';
import { formatDate } from '../../components/format-date.ts';
import { StepField } from './step-field.tsx';
import { useAddCommitment, useDeleteCommitment, usePatchSession } from './use-sessions.ts';

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
