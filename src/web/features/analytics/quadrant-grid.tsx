import { Link } from 'react-router';
import type { RepRow, TeamResponse } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import { plural, quadrantHints, quadrantLabels, type Quadrant } from './analytics-labels.ts';

type Props = { distribution: TeamResponse['distribution']; reps?: RepRow[] };

const MAX_NAMES = 8;

/** Process × outcome as a 2 × 2 table: count, share and (for a team) the reps in each quadrant. */
export function QuadrantGrid({ distribution, reps }: Props) {
  const counts = distribution.quadrants;
  const unknown = counts.unknown ?? 0;
  const placed = Object.values(counts).reduce((sum, n) => sum + n, 0) - unknown;
  const cell = (quadrant: Quadrant) => {
    const count = counts[quadrant] ?? 0;
    const names = (reps ?? []).filter((rep) => rep.quadrant === quadrant).sort((a, b) => a.name.localeCompare(b.name));
    return (
      <td className={`quadrant quadrant-${quadrant}`}>
        <span className="quadrant-name">{quadrantLabels[quadrant]}</span>
        <span className="quadrant-count numeric">{plural(count, 'rep')}<span className="text-secondary"> · {formatPercent(placed > 0 ? count / placed : null)}</span></span>
        <span className="quadrant-hint">{quadrantHints[quadrant]}</span>
        {names.length > 0 && (
          <span className="quadrant-names">
            {names.slice(0, MAX_NAMES).map((rep, index) => (
              <span key={rep.id}>{index > 0 && ', '}<Link to={`/reps/${rep.id}`}>{rep.name}</Link></span>
            ))}
            {names.length > MAX_NAMES && ` and ${names.length - MAX_NAMES} more`}
          </span>
        )}
      </td>
    );
  };
  return (
    <section className="card" aria-labelledby="quadrants-title">
      <div className="card-header">
        <div>
          <h2 id="quadrants-title">Process vs outcome</h2>
          <p>Process: stage conversions, activity and behaviour ratings at benchmark. Outcome: attainment of 100 % or more.</p>
        </div>
      </div>
      <div className="card-body">
        {placed === 0 ? (
          <p className="text-secondary">
            No rep can be placed yet: process or outcome is unknown for all {plural(unknown, 'rep')}. The process side needs
            stage history, activities or behaviour ratings; the outcome side needs attainment.
          </p>
        ) : (
          <table className="quadrant-grid" aria-label="Reps by process and outcome">
            <thead>
              <tr>
                <td />
                <th scope="col">Outcome below target</th>
                <th scope="col">Outcome on target</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Good process</th>
                {cell('bad_break')}
                {cell('earned')}
              </tr>
              <tr>
                <th scope="row">Process below benchmark</th>
                {cell('poetic_justice')}
                {cell('lucky')}
              </tr>
            </tbody>
          </table>
        )}
        {placed > 0 && unknown > 0 && (
          <p className="quadrant-unknown text-secondary">{plural(unknown, 'rep')} not placed: process or outcome unknown. Shares are of the {placed} placed.</p>
        )}
      </div>
    </section>
  );
}
