import type { DealRoom } from '../../../contract/deal-room.ts';
import { formatDate } from '../../components/format-date.ts';

const directionWords = { set: 'Set', pushed: 'Pushed', pulled_in: 'Pulled in', cleared: 'Cleared' } as const;

/** The stages the deal went through, with days in each, and how its close date moved. */
export function DealHistory({ room }: { room: DealRoom }) {
  return (
    <section className="card" aria-labelledby="history-title">
      <div className="card-header">
        <div>
          <h2 id="history-title">Stage timeline</h2>
          <p>Days in each stage, up to {formatDate(room.asOf)}.</p>
        </div>
      </div>
      <div className="card-body stack">
        {room.stageHistory.length === 0 ? <p className="text-secondary">No stage history imported for this deal.</p> : (
          <ol className="stage-timeline">
            {room.stageHistory.map((stay) => (
              <li key={`${stay.stage.id}-${stay.enteredOn}`} data-current={stay.current} data-kind={stay.stage.kind}>
                <span className="stage-timeline-name">{stay.stage.name}</span>
                <span className="stage-timeline-days numeric">{stay.days} {stay.days === 1 ? 'day' : 'days'}{stay.current ? ' so far' : ''}</span>
                <span className="text-secondary small">from {formatDate(stay.enteredOn)}</span>
              </li>
            ))}
          </ol>
        )}
        <div>
          <h3 className="room-subtitle">Close date {room.closeDatePushes > 0 && <span className="pill pill-warning">pushed {room.closeDatePushes}×</span>}</h3>
          {room.closeDateChanges.length === 0 ? (
            <p className="text-secondary small">{room.deal.expectedCloseOn !== null ? `Expected ${formatDate(room.deal.expectedCloseOn)}; no recorded changes.` : 'No expected close date.'}</p>
          ) : (
            <ul className="close-changes">
              {room.closeDateChanges.map((change, index) => (
                <li key={index} data-direction={change.direction}>
                  <span className="close-change-what">{directionWords[change.direction]}</span>
                  <span>{change.from !== null ? `${formatDate(change.from)} → ` : ''}{formatDate(change.to)}</span>
                  <span className="text-secondary small">on {formatDate(change.changedOn)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
