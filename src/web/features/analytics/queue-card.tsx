import { Link } from 'react-router';
import type { QueueItem } from '../../../contract/analytics.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatAttainment, plural } from './analytics-labels.ts';
import { BehaviourList, QuestionList } from './behaviour-list.tsx';
import { FocusFigures } from './focus-figures.tsx';
import { SegmentPill } from './segment-pill.tsx';
import { StartSessionButton } from './start-session-button.tsx';

function lastCoached(item: QueueItem): string {
  if (item.lastCoachedOn === null) return 'Not coached yet';
  const days = item.daysSinceCoaching;
  return `Last coached ${formatDate(item.lastCoachedOn)}${days !== null ? ` (${plural(days, 'day')} ago)` : ''}`;
}

/** One rep to coach this week: who, why, and what to work on with which questions. */
export function QueueCard({ item, rank, canStart = false }: { item: QueueItem; rank: number; canStart?: boolean }) {
  const headingId = `queue-rep-${item.repId}`;
  return (
    <li className="card queue-card" aria-labelledby={headingId}>
      <div className="queue-card-head">
        <span className="queue-rank" aria-hidden="true">{rank}</span>
        <div className="queue-card-title">
          <h3 id={headingId}>
            <span className="sr-only">{rank}. </span>
            <Link to={`/reps/${item.repId}`}>{item.name}</Link>
          </h3>
          <SegmentPill segment={item.segment} reason={item.segmentReason} />
          <span className="text-secondary queue-attainment numeric">{formatAttainment(item.attainment, item.attainmentBasis)}</span>
        </div>
        <ul className="queue-facts">
          <li>{lastCoached(item)}</li>
          <li className={item.commitmentsDue > 0 ? 'fact-attention' : undefined}>
            {item.commitmentsDue > 0 ? `${plural(item.commitmentsDue, 'commitment')} due this week` : 'No commitments due'}
          </li>
        </ul>
        {canStart && <StartSessionButton repId={item.repId} repName={item.name} />}
      </div>
      <p className="queue-why">{item.why}</p>
      {item.focus !== null && (
        <div className="queue-focus">
          <div className="queue-focus-head">
            <h4><span className="eyebrow">Focus</span> {item.focus.transition}</h4>
            <FocusFigures focus={item.focus} />
          </div>
          <div className="queue-focus-body">
            <div>
              <h5>Behaviours</h5>
              <BehaviourList behaviours={item.focus.behaviours} />
            </div>
            <div>
              <h5>Ask</h5>
              <QuestionList questions={item.focus.questions.slice(0, 2)} />
            </div>
          </div>
        </div>
      )}
    </li>
  );
}
