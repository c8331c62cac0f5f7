import { Link } from 'react-router';
import type { QueueItem } from '../../../contract/analytics.ts';
import { formatAttainment } from './analytics-labels.ts';
import { SegmentPill } from './segment-pill.tsx';

type Props = { id: string; title: string; description: string; items: QueueItem[]; empty: string };

/** A short list of reps who need something other than coaching: a talent-fit talk, or a light touch. */
export function QueueCompactList({ id, title, description, items, empty }: Props) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <div>
          <h2 id={id}>{title} <span className="count-badge numeric">{items.length}</span></h2>
          <p>{description}</p>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="compact-empty text-secondary">{empty}</p>
      ) : (
        <ul className="compact-list">
          {items.map((item) => (
            <li key={item.repId}>
              <div className="compact-list-head">
                <Link to={`/reps/${item.repId}`} className="compact-list-name">{item.name}</Link>
                <SegmentPill segment={item.segment} reason={item.segmentReason} />
                <span className="compact-list-figure numeric">{formatAttainment(item.attainment, item.attainmentBasis)}</span>
              </div>
              <p className="compact-list-why">{item.why}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
