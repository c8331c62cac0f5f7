import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { InnovationCard } from '../../components/innovation-card.tsx';
import { useDealSuggestions, useMarkReuse } from './use-cocreation.ts';

/** Past innovations that might fit this deal, with "We used this" to count a reuse. */
export function SessionSuggestions({ session }: { session: CoCreationSession }) {
  const suggestions = useDealSuggestions(session.deal.id);
  const reuse = useMarkReuse(session.id);
  const used = new Set(session.reusedInnovations.map((r) => r.id));
  const items = suggestions.data?.items ?? [];
  return (
    <aside className="session-suggestions" aria-labelledby="session-suggestions-title">
      <h3 id="session-suggestions-title" className="step-subtitle">What worked for others</h3>
      <p className="field-hint">From the innovation library: ideas to borrow or bend, not a play to follow.</p>
      {suggestions.isPending && <p className="text-secondary small">Looking in the library…</p>}
      {suggestions.isError && <p className="text-secondary small">The library could not be reached.</p>}
      {suggestions.data !== undefined && items.length === 0 && <p className="text-secondary small">Nothing in the library matches this deal yet.</p>}
      {items.map((innovation) => (
        <InnovationCard key={innovation.id} innovation={innovation} why={innovation.why} headingLevel={4}
          action={used.has(innovation.id) ? <span className="pill pill-success">Used in this session</span> : session.canEdit ? (
            <button type="button" className="button button-sm" disabled={reuse.isPending}
              aria-label={`We used this: ${innovation.title}`} onClick={() => reuse.mutate(innovation.id)}>We used this</button>
          ) : undefined} />
      ))}
      {reuse.isError && <p className="field-error" role="alert">{reuse.error.message}</p>}
    </aside>
  );
}
