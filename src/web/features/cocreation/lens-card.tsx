import { useState } from 'react';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { useSessionWrite } from './use-cocreation.ts';

type Lens = CoCreationSession['prompts'][number];
type Idea = CoCreationSession['ideas'][number];

/** One SCAMMPERR lens: what it asks, its prompts fitted to the obstacle, and the ideas captured through it. */
export function LensCard({ sessionId, lens, ideas, canEdit }: { sessionId: number; lens: Lens; ideas: Idea[]; canEdit: boolean }) {
  const write = useSessionWrite(sessionId);
  const [text, setText] = useState('');
  const inputId = `idea-${lens.lens}`;
  return (
    <section className="lens-card" aria-labelledby={`lens-${lens.lens}`} data-used={ideas.length > 0}>
      <div className="lens-head">
        <span className="lens-letter" aria-hidden="true">{lens.name[0]}</span>
        <div>
          <h3 id={`lens-${lens.lens}`}>{lens.name}</h3>
          <p className="lens-summary">{lens.summary}</p>
        </div>
        {ideas.length > 0 && <span className="lens-count">{ideas.length}</span>}
      </div>
      <ul className="lens-prompts" aria-label={`Questions to ask: ${lens.name}`}>
        {lens.prompts.map((prompt) => <li key={prompt}>{prompt}</li>)}
      </ul>
      {ideas.length > 0 && (
        <ul className="lens-ideas" aria-label={`Ideas: ${lens.name}`}>
          {ideas.map((idea) => (
            <li key={idea.id} data-discount={idea.discount.isDiscount}>
              <span className="idea-text">{idea.text}</span>
              {idea.discount.isDiscount && <span className="idea-discount" title={idea.discount.reason ?? undefined}>Discount{idea.discount.matched !== null ? `: “${idea.discount.matched}”` : ''}</span>}
              {canEdit && (
                <button type="button" className="link-button idea-remove" aria-label={`Remove the idea “${idea.text}”`}
                  onClick={() => write.mutate({ method: 'DELETE', path: `/ideas/${idea.id}` })}>Remove</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="lens-add" onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return;
          write.mutate({ method: 'POST', path: '/ideas', body: { lens: lens.lens, text: text.trim() } }, { onSuccess: () => setText('') });
        }}>
          <label className="sr-only" htmlFor={inputId}>New idea through {lens.name}</label>
          <input id={inputId} className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder="An idea through this lens…" />
          <button type="submit" className="button button-sm" disabled={text.trim() === '' || write.isPending}>Add</button>
        </form>
      )}
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
    </section>
  );
}
