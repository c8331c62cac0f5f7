import type { CoachingFocus } from '../../../contract/analytics.ts';
import { BehaviourList, QuestionList } from './behaviour-list.tsx';
import { FocusFigures } from './focus-figures.tsx';

/** One ranked gap, written as a coaching focus: the figures, the behaviours to watch, the questions to ask. */
export function FocusCard({ focus, rank }: { focus: CoachingFocus; rank: number }) {
  return (
    <li className="card focus-card">
      <div className="focus-card-head">
        <span className="queue-rank" aria-hidden="true">{rank}</span>
        <h3><span className="sr-only">{rank}. </span>{focus.transition}</h3>
        {rank === 1 && <span className="badge badge-accent">Top gap</span>}
      </div>
      <FocusFigures focus={focus} />
      <div className="queue-focus-body">
        <div>
          <h4>Behaviours</h4>
          <BehaviourList behaviours={focus.behaviours} describe />
        </div>
        <div>
          <h4>Starter questions</h4>
          <QuestionList questions={focus.questions} />
        </div>
      </div>
    </li>
  );
}
