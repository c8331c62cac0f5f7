import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { obstacleLabels } from '../../components/obstacle-labels.ts';
import { LensCard } from './lens-card.tsx';
import { OpeningThinkingMeter } from './opening-thinking-meter.tsx';
import { SessionSuggestions } from './session-suggestions.tsx';

/** Create: ideas through the nine SCAMMPERR lenses, with the opening-thinking measure alongside. */
export function CreateStep({ session }: { session: CoCreationSession }) {
  return (
    <div className="create-layout">
      <div className="stack">
        <p className="text-secondary">
          {session.obstacleCategory !== null
            ? <>The prompts are fitted to <strong>{obstacleLabels[session.obstacleCategory].toLowerCase()}</strong>. Look through as many lenses as you can before judging any idea.</>
            : <>Name the obstacle in Investigate to get prompts fitted to it. Look through as many lenses as you can before judging any idea.</>}
        </p>
        <div className="lens-grid">
          {session.prompts.map((lens) => (
            <LensCard key={lens.lens} sessionId={session.id} lens={lens} canEdit={session.canEdit}
              ideas={session.ideas.filter((idea) => idea.lens === lens.lens)} />
          ))}
        </div>
      </div>
      <div className="create-side">
        <OpeningThinkingMeter thinking={session.openingThinking} />
        <SessionSuggestions session={session} />
      </div>
    </div>
  );
}
