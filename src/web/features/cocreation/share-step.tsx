import { useState } from 'react';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { formatDate } from '../../components/format-date.ts';
import { SavedTextArea } from './saved-text-area.tsx';
import { useSessionWrite } from './use-cocreation.ts';

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Share: choose the ideas to try, say what was decided, and turn next steps into dated commitments for the rep. */
export function ShareStep({ session }: { session: CoCreationSession }) {
  const write = useSessionWrite(session.id);
  const lensName = new Map(session.prompts.map((l) => [l.lens, l.name]));
  const chosen = session.ideas.filter((idea) => idea.chosen);
  // A tick shows at once; the server's answer (the whole session) then confirms it.
  const [ticked, setTicked] = useState<Record<number, boolean>>({});
  const choose = (ideaId: number, value: boolean) => {
    setTicked((t) => ({ ...t, [ideaId]: value }));
    write.mutate({ method: 'PATCH', path: `/ideas/${ideaId}`, body: { chosen: value } }, {
      onSettled: () => setTicked((t) => Object.fromEntries(Object.entries(t).filter(([id]) => Number(id) !== ideaId))),
    });
  };
  return (
    <div className="stack-lg">
      <fieldset className="choose-ideas" disabled={!session.canEdit}>
        <legend className="step-subtitle">Choose the ideas to try</legend>
        {session.ideas.length === 0 ? <p className="text-secondary">No ideas yet: go back to Create.</p> : (
          <ul className="choose-list">
            {session.ideas.map((idea) => (
              <li key={idea.id} data-chosen={ticked[idea.id] ?? idea.chosen}>
                <label className="choose-option">
                  <input type="checkbox" checked={ticked[idea.id] ?? idea.chosen} onChange={(e) => choose(idea.id, e.target.checked)} />
                  <span><span className="choose-lens">{lensName.get(idea.lens) ?? idea.lens}</span> {idea.text}</span>
                </label>
                {idea.discount.isDiscount && <span className="idea-discount">Discount</span>}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <SavedTextArea label="What we decided" rows={3} initial={session.decision} disabled={!session.canEdit}
        hint="In a sentence or two, for the rep and for whoever reads this later. Saved when you leave the field."
        onSave={(value) => write.mutateAsync({ method: 'PATCH', path: '', body: { decision: value } })} />
      <Commitments session={session} chosen={chosen} />
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
    </div>
  );
}

function Commitments({ session, chosen }: { session: CoCreationSession; chosen: CoCreationSession['ideas'] }) {
  const write = useSessionWrite(session.id);
  const today = new Date().toISOString().slice(0, 10);
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState(addDays(today, 7));
  const [ideaId, setIdeaId] = useState('');
  const firstName = session.rep.name.split(' ')[0] ?? session.rep.name;
  return (
    <section aria-labelledby="next-steps-title" className="stack">
      <div>
        <h3 id="next-steps-title" className="step-subtitle">Next steps for {firstName}</h3>
        <p className="field-hint">Each becomes a dated commitment, reviewed at {firstName}'s next 1:1.</p>
      </div>
      {session.commitments.length === 0 ? <p className="text-secondary">None yet.</p> : (
        <ul className="commitment-list">
          {session.commitments.map((c) => (
            <li key={c.id}><span>{c.text}</span><span className="text-secondary small">due {formatDate(c.dueOn)} · {c.status.replace('_', ' ')}</span></li>
          ))}
        </ul>
      )}
      {session.canEdit && (
        <form className="next-step-form" onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return;
          const body = { text: text.trim(), dueOn, ...(ideaId !== '' ? { ideaId: Number(ideaId) } : {}) };
          write.mutate({ method: 'POST', path: '/commitments', body }, { onSuccess: () => setText('') });
        }}>
          <div className="field next-step-text">
            <label className="field-label" htmlFor="next-step-text">Next step</label>
            <input id="next-step-text" className="input" value={text} onChange={(e) => setText(e.target.value)}
              placeholder="e.g. Send the CFO the phased-rollout proposal" />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="next-step-idea">Carries out</label>
            <select id="next-step-idea" className="select" value={ideaId} onChange={(e) => setIdeaId(e.target.value)}>
              <option value="">No particular idea</option>
              {chosen.map((idea) => <option key={idea.id} value={idea.id}>{idea.text.length > 50 ? `${idea.text.slice(0, 50)}…` : idea.text}</option>)}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="next-step-due">Due on</label>
            <input id="next-step-due" className="input" type="date" value={dueOn} min={today} max={addDays(today, 120)} onChange={(e) => setDueOn(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={text.trim() === '' || write.isPending}>Add next step</button>
        </form>
      )}
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
    </section>
  );
}
