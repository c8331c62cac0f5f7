import type { TeamResponse } from '../../../contract/analytics.ts';
import { segmentColors, segmentLabels, segments } from './analytics-labels.ts';

type Props = { distribution: TeamResponse['distribution'] };

/** A one-line stacked bar of a team's segments, with the counts written beside it. */
export function SegmentMiniBar({ distribution }: Props) {
  const counts = segments.map((segment) => ({ segment, count: distribution.segments[segment] ?? 0 }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const words = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${segmentLabels[c.segment].toLowerCase()}`).join(', ');
  return (
    <div className="mini-bar-wrap">
      <span className="mini-bar" aria-hidden="true">
        {counts.filter((c) => c.count > 0).map((c) => (
          <span key={c.segment} className="mini-bar-part" style={{ flexGrow: c.count, background: segmentColors[c.segment] }} />
        ))}
        {total === 0 && <span className="mini-bar-part mini-bar-empty" />}
      </span>
      <span className="mini-bar-text">{words || 'no reps'}</span>
    </div>
  );
}
