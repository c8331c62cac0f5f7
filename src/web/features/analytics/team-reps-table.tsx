import { Link, useSearchParams } from 'react-router';
import type { RepRow } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import { formatMoney } from '../../components/format-money.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { SortableHeader } from '../../components/sortable-header.tsx';
import { quadrantLabels } from './analytics-labels.ts';
import { SegmentPill } from './segment-pill.tsx';
import { DEFAULT_REP_SORT, sortReps } from './sort-reps.ts';

const Missing = ({ why }: { why?: string }) => (
  <span className="text-muted" title={why}><span aria-hidden="true">—</span><span className="sr-only">unknown{why ? `: ${why}` : ''}</span></span>
);

/** The team's reps, sortable by any column; the order lives in the URL (?sort=). */
export function TeamRepsTable({ reps }: { reps: RepRow[] }) {
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? DEFAULT_REP_SORT;
  const onSort = (next: string) => {
    const updated = new URLSearchParams(params);
    if (next === DEFAULT_REP_SORT) updated.delete('sort');
    else updated.set('sort', next);
    setParams(updated, { replace: true });
  };
  const header = (label: string, field: string, first: 'asc' | 'desc', numeric = false) => (
    <SortableHeader label={label} field={field} sort={sort} onSort={onSort} firstDirection={first} numeric={numeric} />
  );
  return (
    <ScrollRegion label="Table of the team's reps">
      <table className="table" aria-label="The team's reps; select a column header to sort">
        <thead>
          <tr>
            {header('Rep', 'name', 'asc')}
            {header('Segment', 'segment', 'asc')}
            {header('Quadrant', 'quadrant', 'asc')}
            {header('Win rate', 'winRate', 'desc', true)}
            {header('Won value', 'wonValue', 'desc', true)}
            {header('Attainment', 'attainment', 'desc', true)}
          </tr>
        </thead>
        <tbody>
          {sortReps(reps, sort).map((rep) => {
            const rate = rep.kpis.winRate;
            return (
              <tr key={rep.id}>
                <th scope="row"><Link to={`/reps/${rep.id}`}>{rep.name}</Link></th>
                <td><SegmentPill segment={rep.segment} reason={rep.segmentReason} /></td>
                <td>{rep.quadrant === null ? <Missing why="process or outcome unknown" /> : quadrantLabels[rep.quadrant]}</td>
                <td className={`num${rate.lowConfidence ? ' figure-low' : ''}`}>
                  {rate.value === null ? <Missing why={rep.kpis.reasons.winRate ?? 'no deal closed in the window'} /> : formatPercent(rate.value)}
                  <span className="cell-sub">n = {rate.sample}{rate.lowConfidence ? ', low confidence' : ''}</span>
                </td>
                <td className="num">{rep.kpis.wonValue === null ? <Missing why={rep.kpis.reasons.wonValue} /> : formatMoney(rep.kpis.wonValue, null)}</td>
                <td className="num">
                  {rep.attainment === null ? <Missing why="won value unknown" /> : formatPercent(rep.attainment)}
                  {rep.attainment !== null && <span className="cell-sub">{rep.attainmentBasis === 'peer_median' ? 'of peer median' : 'of quota'}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
