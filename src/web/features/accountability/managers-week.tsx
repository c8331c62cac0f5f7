import { Link, useSearchParams } from 'react-router';
import type { ManagersWeekResponse } from '../../../contract/cadence.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { TableSkeleton } from '../../components/table-skeleton.tsx';
import { ShareBar, ShareLegend } from './share-bar.tsx';
import { formatShare, weekStartOf } from './share-band.ts';
import { useManagersWeek } from './use-accountability.ts';

type Row = ManagersWeekResponse['managers'][number];
const bandOrder = { flag: 0, below: 1, above: 2, target: 3 } as const;
const weekTitle = (monday: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`));

/** The leader's view: one ISO week across managers, flagged managers first. */
export function ManagersWeek() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('week');
  const week = raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
  const data = useManagersWeek(week);
  const current = weekStartOf(new Date().toISOString().slice(0, 10));
  const shown = data.data?.weekStart ?? week ?? current;
  const go = (monday: string) => {
    const next = new URLSearchParams(params);
    if (monday === current) next.delete('week');
    else next.set('week', monday);
    setParams(next);
  };

  return (
    <section className="card card-flush" aria-labelledby="managers-title" aria-busy={data.isFetching}>
      <div className="card-header">
        <div>
          <h2 id="managers-title">Week of {weekTitle(shown)}{shown === current ? ' (this week, so far)' : ''}</h2>
          <p>Planned against held sessions, reps left without a 1:1, and how much of each manager's week went to coaching.</p>
        </div>
        <div className="row" role="group" aria-label="Week">
          <button type="button" className="button button-sm" onClick={() => go(weekStartOf(shown, -1))}>← Previous week</button>
          <button type="button" className="button button-sm" disabled={shown >= current} onClick={() => go(weekStartOf(shown, 1))}>Next week →</button>
        </div>
      </div>
      {data.isPending && <TableSkeleton columns={8} rows={6} label="Loading the managers' week…" />}
      {data.isError && <div className="card-body"><QueryError error={data.error} onRetry={() => void data.refetch()} what="the managers' week" /></div>}
      {data.data && data.data.managers.length === 0 && <EmptyState title="No managers yet">Managers appear once CRM data with an org chart is imported.</EmptyState>}
      {data.data && data.data.managers.length > 0 && <ManagersTable rows={data.data.managers} />}
    </section>
  );
}

function ManagersTable({ rows }: { rows: Row[] }) {
  const sorted = [...rows].sort((a, b) => bandOrder[a.band] - bandOrder[b.band] || a.share - b.share);
  const flagged = rows.filter((r) => r.band === 'flag').length;
  const inBand = rows.filter((r) => r.band === 'target').length;
  return (
    <>
      <div className="accountability-summary">
        <p aria-live="polite">
          <strong>{flagged}</strong> of {rows.length} managers flagged (under 10 % coaching), <strong>{inBand}</strong> in the 25–40 % band.
        </p>
        <ShareLegend />
      </div>
      <div className="table-scroll">
        <table className="table accountability-table table-cards">
          <thead>
            <tr>
              <th scope="col">Manager</th>
              <th scope="col" className="num">Reps</th>
              <th scope="col" className="num">Held / planned</th>
              <th scope="col" className="num">Missed</th>
              <th scope="col" className="num">No 1:1 in 14 days</th>
              <th scope="col" className="num">Streak</th>
              <th scope="col">Coaching share of the week</th>
              <th scope="col" className="num"><abbr title="Share of the coaching minutes that went to core performers">To core reps</abbr></th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.manager.id} data-band={row.band}>
                <th scope="row"><Link to={`?managerId=${row.manager.id}`}>{row.manager.name}</Link></th>
                <td className="num" data-label="Reps">{row.repCount}</td>
                <td className="num" data-label="Held / planned">{row.held} / {row.planned}</td>
                <td className="num" data-label="Missed">{row.missed}</td>
                <td className={`num${row.repsWithoutOneOnOne > 0 ? ' fact-attention' : ''}`} data-label="No 1:1 in 14 days">{row.repsWithoutOneOnOne}</td>
                <td className="num" data-label="Streak">{row.streakWeeks === 1 ? '1 week' : `${row.streakWeeks} weeks`}</td>
                <td className="cell-share" data-label="Coaching share"><ShareBar share={row.share} band={row.band} /></td>
                <td className="num" data-label="To core reps">{formatShare(row.coreShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
