import { useState } from 'react';
import type { CoCreationSession, ObstacleCategory } from '../../../contract/cocreation.ts';
import { obstacleHints, obstacleLabels, obstacleOrder } from '../../components/obstacle-labels.ts';
import { SaveStatus, SavedTextArea } from './saved-text-area.tsx';
import { StakeholderMap } from './stakeholder-map.tsx';
import { useSessionWrite } from './use-cocreation.ts';

/** Investigate: who is involved, what blocks the deal, and why. */
export function InvestigateStep({ session }: { session: CoCreationSession }) {
  const write = useSessionWrite(session.id);
  // The radio shows the choice at once; the server's answer then confirms it.
  const [picked, setPicked] = useState<ObstacleCategory | null>(session.obstacleCategory);
  const choose = (category: ObstacleCategory) => {
    setPicked(category);
    write.mutate({ method: 'PATCH', path: '', body: { obstacleCategory: category } }, { onError: () => setPicked(session.obstacleCategory) });
  };
  return (
    <div className="stack-lg">
      <StakeholderMap session={session} />
      <fieldset className="obstacle-group" disabled={!session.canEdit}>
        <legend className="step-subtitle">What blocks the deal</legend>
        <p className="field-hint">Pick the closest; the Create step fits its prompt questions to it.</p>
        <div className="obstacle-options">
          {obstacleOrder.map((category) => (
            <label key={category} className="obstacle-option">
              <input type="radio" name="obstacle" value={category} checked={picked === category} onChange={() => choose(category)} />
              <span><strong>{obstacleLabels[category]}</strong><span className="obstacle-hint">{obstacleHints[category]}</span></span>
            </label>
          ))}
        </div>
        <SaveStatus state={write.isPending ? 'saving' : write.isError ? 'error' : 'idle'} />
      </fieldset>
      <SavedTextArea label="Why is it blocked?" rows={4} initial={session.obstacle} disabled={!session.canEdit}
        hint="In the customer's terms: what they said, what changed, what they fear. Saved when you leave the field."
        onSave={(value) => write.mutateAsync({ method: 'PATCH', path: '', body: { obstacle: value } })} />
    </div>
  );
}
