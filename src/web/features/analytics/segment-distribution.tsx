import type { TeamResponse } from '../../../contract/analytics.ts';
import { CountBarChart } from '../../components/charts/count-bar-chart.tsx';
import { plural, segmentColors, segmentLabels, segments } from './analytics-labels.ts';

type Props = { distribution: TeamResponse['distribution']; scopeName: string };

/** How many reps sit in each segment, as labelled bars. */
export function SegmentDistribution({ distribution, scopeName }: Props) {
  const count = (segment: (typeof segments)[number]) => distribution.segments[segment] ?? 0;
  const rows = segments.map((segment) => ({
    label: segmentLabels[segment], count: distribution.segments[segment] ?? 0, color: segmentColors[segment],
  }));
  return (
    <section className="card" aria-labelledby="segments-title">
      <div className="card-header">
        <div>
          <h2 id="segments-title">Reps by segment</h2>
          <p>Ranked by attainment: bottom 20 %, core 60 %, star 20 %; new or thin-data reps are ramping.</p>
        </div>
      </div>
      <div className="card-body">
        <CountBarChart title={`Reps by segment, ${scopeName}`} rows={rows} unit={['rep', 'reps']} />
        <ul className="segment-actions">
          <li><strong>Coach:</strong> {plural(count('core'), 'core rep')} and {plural(count('ramping'), 'ramping rep')}, core first.</li>
          <li><strong>Talent-fit conversation</strong> with the leader: {plural(count('bottom'), 'rep')} in the bottom band.</li>
          <li><strong>Light touch:</strong> {plural(count('star'), 'star')}, asked to share what works.</li>
        </ul>
      </div>
    </section>
  );
}
