import { Link } from 'react-router';
import type { SessionListItem } from '../../../contract/coaching.ts';
import { Alert } from '../../components/alert.tsx';
import { kindLabels } from './cadence-rhythm.ts';
import { HORIZON_WEEKS, useGenerateSessions, useUpcomingSessions } from './use-cadences.ts';

type Props = { managerId: number | null; timeZone: string; canPlan: boolean };

const sessionKind = (s: SessionListItem) => (s.kind === 'co_creation' ? 'Co-creation' : kindLabels[s.kind]);

function mondayOf(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The planned sessions the cadences generated (and any planned by hand), week by week. */
export function UpcomingSessions({ managerId, timeZone, canPlan }: Props) {
  const list = useUpcomingSessions(managerId, true);
  const generate = useGenerateSessions(managerId);
  const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone });
  const weekTitle = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const sessions = list.data?.items ?? [];
  const weeks = new Map<string, SessionListItem[]>();
  for (const s of sessions) {
    const week = mondayOf(s.date);
    weeks.set(week, [...(weeks.get(week) ?? []), s]);
  }

  return (
    <section className="card" aria-labelledby="upcoming-title">
      <div className="card-header">
        <div>
          <h2 id="upcoming-title">Planned sessions <span className="count-badge" aria-live="polite">{list.data?.total ?? '…'}</span></h2>
          <p>The next {HORIZON_WEEKS} weeks, planned from the rhythms; editing a rhythm re-plans the sessions nobody has started preparing.</p>
        </div>
        {canPlan && (
          <button type="button" className="button button-sm" disabled={generate.isPending} onClick={() => generate.mutate()}>
            {generate.isPending ? 'Planning…' : `Plan the next ${HORIZON_WEEKS} weeks`}
          </button>
        )}
      </div>
      <div className="card-body stack">
        {generate.isSuccess && <Alert tone="success" live>{generate.data.created === 0 ? 'Everything was already planned.' : `${generate.data.created} sessions planned.`}</Alert>}
        {generate.isError && <Alert tone="danger" live title="Not planned">{generate.error.message}</Alert>}
        {list.isPending && <p className="text-secondary">Loading the planned sessions…</p>}
        {list.isError && <p className="field-error">Could not load the planned sessions: {list.error.message}</p>}
        {list.data && sessions.length === 0 && <p className="text-secondary">Nothing planned yet.{canPlan ? ` Plan the next ${HORIZON_WEEKS} weeks from the rhythms above.` : ''}</p>}
        {[...weeks].map(([week, items]) => (
          <div key={week} className="upcoming-week">
            <h3 className="eyebrow">Week of {weekTitle.format(new Date(`${week}T00:00:00Z`))}</h3>
            <ul className="upcoming-list">
              {items.map((s) => (
                <li key={s.id} data-kind={s.kind}>
                  <span className="upcoming-when numeric">{s.scheduledAt ? when.format(new Date(s.scheduledAt)) : s.date}</span>
                  <span className="upcoming-what">
                    <Link to={`/sessions/${s.id}`}>{s.kind === 'team_skill' ? 'Team skill session' : `${sessionKind(s)} with ${s.rep?.name ?? '—'}`}</Link>
                    {s.opportunity && <span className="text-secondary"> · {s.opportunity.name}</span>}
                  </span>
                  <span className="upcoming-length text-secondary numeric">{s.durationMin ?? '—'} min</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
