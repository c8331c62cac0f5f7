import type { CoachingFocus } from '../../../contract/analytics.ts';
import { formatDate } from '../../components/format-date.ts';

type Behaviour = CoachingFocus['behaviours'][number];

/** "3 / 4" in a small box; ratings of 3 or more meet the bar (docs/analytics.md). */
function Rating({ behaviour }: { behaviour: Behaviour }) {
  if (behaviour.latestRating === null) return <span className="rating rating-none">not rated yet</span>;
  const good = behaviour.latestRating >= 3;
  return (
    <span className={`rating ${good ? 'rating-good' : 'rating-low'}`}>
      rated {behaviour.latestRating} / 4{behaviour.ratedOn !== null && <span className="rating-date"> on {formatDate(behaviour.ratedOn)}</span>}
    </span>
  );
}

/** The stage's behaviours, each with its latest observed rating. */
export function BehaviourList({ behaviours, describe = false }: { behaviours: Behaviour[]; describe?: boolean }) {
  if (behaviours.length === 0) return <p className="text-muted">The coaching guide has no behaviours for this stage yet.</p>;
  return (
    <ul className="behaviour-list">
      {behaviours.map((behaviour) => (
        <li key={behaviour.id}>
          <span className="behaviour-name">{behaviour.name}</span>
          <Rating behaviour={behaviour} />
          {describe && behaviour.description !== '' && <span className="behaviour-description">{behaviour.description}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Starter questions, as the manager would ask them. */
export function QuestionList({ questions }: { questions: string[] }) {
  if (questions.length === 0) return <p className="text-muted">No starter questions for this stage yet.</p>;
  return (
    <ul className="question-list">
      {questions.map((question) => <li key={question}>{question}</li>)}
    </ul>
  );
}
