import { Link } from 'react-router';
import type { TeamResponse } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import { formatMoney } from '../../components/format-money.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { SegmentMiniBar } from './segment-mini-bar.tsx';

type Team = TeamResponse['teams'][number];

const Missing = () => <span className="text-muted"><span aria-hidden="true">—</span><span className="sr-only">unknown</span></span>;

/** Every frontline manager's team, each linking to its Team page. */
export function OrgTeamsTable({ teams }: { teams: Team[] }) {
  const sorted = [...teams].sort((a, b) => a.managerName.localeCompare(b.managerName));
  return (
    <ScrollRegion label="Table of teams">
      <table className="table" aria-label="Teams by manager">
        <thead>
          <tr>
            <th scope="col">Manager</th>
            <th scope="col" className="num">Reps</th>
            <th scope="col">Segments</th>
            <th scope="col" className="num">Win rate</th>
            <th scope="col" className="num">Won value</th>
            <th scope="col" className="num">Median attainment</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((team) => (
            <tr key={team.managerId}>
              <th scope="row"><Link to={`/team?managerId=${team.managerId}`}>{team.managerName}</Link></th>
              <td className="num">{team.repCount}</td>
              <td><SegmentMiniBar distribution={team.distribution} /></td>
              <td className="num">{team.winRate === null ? <Missing /> : formatPercent(team.winRate)}</td>
              <td className="num">{team.wonValue === null ? <Missing /> : formatMoney(team.wonValue, null)}</td>
              <td className="num">{team.attainmentMedian === null ? <Missing /> : formatPercent(team.attainmentMedian)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
