import type { RepDetailResponse } from '../../../contract/analytics.ts';
import { formatCount } from '../../components/format-count.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

type Row = RepDetailResponse['timeInStage'][number];
type Time = Row['rep'];

const days = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const show = (value: number | null | undefined) => (value === null || value === undefined ? '—' : days.format(value));

function Slower({ rep, org }: { rep: Time; org: Time }) {
  if (!rep || !org || rep.medianDays === null || org.p80Days === null || rep.medianDays <= org.p80Days) return null;
  return <span className="pill pill-warning slow-pill">slower than most</span>;
}

/** Days in each stage, median and 80th percentile, for the rep and the whole org. */
export function TimeInStageTable({ rows, repName }: { rows: Row[]; repName: string }) {
  return (
    <ScrollRegion label="Days in stage table">
      <table className="table table-compact" aria-label={`Days in each stage: ${repName} and the organisation, median and 80th percentile`}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>Stage</th>
            <th scope="colgroup" colSpan={3} className="num group-head">{repName}</th>
            <th scope="colgroup" colSpan={2} className="num group-head">Organisation</th>
          </tr>
          <tr>
            <th scope="col" className="num">Median</th>
            <th scope="col" className="num">p80</th>
            <th scope="col" className="num">Deals</th>
            <th scope="col" className="num">Median</th>
            <th scope="col" className="num">p80</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stageOrd}>
              <th scope="row">{row.name} <Slower rep={row.rep} org={row.org} /></th>
              <td className="num">{show(row.rep?.medianDays)}</td>
              <td className="num">{show(row.rep?.p80Days)}</td>
              <td className="num text-secondary">{row.rep ? formatCount(row.rep.entries) : '—'}</td>
              <td className="num">{show(row.org?.medianDays)}</td>
              <td className="num">{show(row.org?.p80Days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
