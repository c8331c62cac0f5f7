import { Link } from 'react-router';
import type { DealRoom } from '../../../contract/deal-room.ts';
import { formatDate } from '../../components/format-date.ts';
import { InnovationCard } from '../../components/innovation-card.tsx';
import { obstacleLabels } from '../../components/obstacle-labels.ts';
import { Pill } from '../../components/pill.tsx';

const stepWords = { investigate: 'Investigate', create: 'Create', share: 'Share' } as const;
const outcomeWords = { won: 'Won', advanced: 'Moved forward', no_change: 'No change' } as const;

/** Co-creation sessions held (or open) on this deal, newest first. */
export function DealCoCreations({ room }: { room: DealRoom }) {
  return (
    <section className="card" aria-labelledby="cocreations-title">
      <div className="card-header">
        <div>
          <h2 id="cocreations-title">Co-creation sessions</h2>
          <p>{room.coCreations.length === 0 ? 'None yet on this deal.' : 'Newest first.'}</p>
        </div>
      </div>
      {room.coCreations.length > 0 && (
        <ul className="room-sessions">
          {room.coCreations.map((s) => (
            <li key={s.id}>
              <div className="room-session-head">
                <Link to={`/co-creation/${s.id}`}>{formatDate(s.date)} with {s.manager.name}</Link>
                {s.outcome !== null ? <Pill tone={s.outcome === 'no_change' ? 'neutral' : 'success'}>{outcomeWords[s.outcome]}</Pill>
                  : s.status === 'planned' ? <Pill tone="info">At {stepWords[s.step]}</Pill>
                  : <Pill tone="neutral">{s.status === 'held' ? 'Held' : s.status}</Pill>}
              </div>
              <span className="text-secondary small">
                {s.obstacleCategory !== null ? obstacleLabels[s.obstacleCategory] : 'Obstacle not named'}
                {' · '}{s.ideas} {s.ideas === 1 ? 'idea' : 'ideas'}, {s.chosen} chosen
                {s.innovationId !== null && <> · <Link to={`/innovations/${s.innovationId}`}>captured in the library</Link></>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Past innovations that might fit: a starting point for the conversation, not a prescribed play. */
export function DealSuggestions({ room }: { room: DealRoom }) {
  return (
    <section className="card" aria-labelledby="suggested-title">
      <div className="card-header">
        <div>
          <h2 id="suggested-title">What worked for others</h2>
          <p>
            {room.suggestedInnovations.length === 0
              ? 'No innovation in the library matches this deal yet.'
              : `Past innovations from the library${room.obstacleCategory !== null ? ` on ${obstacleLabels[room.obstacleCategory].toLowerCase()}` : ''}: ideas to discuss, not a play to follow.`}
          </p>
        </div>
      </div>
      {room.suggestedInnovations.length > 0 && (
        <div className="card-body room-suggestions">
          {room.suggestedInnovations.map((innovation) => <InnovationCard key={innovation.id} innovation={innovation} why={innovation.why} />)}
        </div>
      )}
      <p className="room-library-link"><Link to="/innovations">Search the whole innovation library</Link></p>
    </section>
  );
}
