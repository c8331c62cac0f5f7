import { Pill } from '../../components/pill.tsx';
import { segmentLabels, segmentTones, type Segment } from './analytics-labels.ts';

/** The rep's segment as a pill; `title` carries the reason when there is one. */
export function SegmentPill({ segment, reason }: { segment: Segment; reason?: string }) {
  return (
    <span title={reason} className="segment-pill">
      <Pill tone={segmentTones[segment]}>{segmentLabels[segment]}</Pill>
    </span>
  );
}
