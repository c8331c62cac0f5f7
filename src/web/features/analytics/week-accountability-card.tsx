import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AccountabilityResponse, WeekAdherence } from '../../../contract/cadence.ts';
import { apiGet } from '../../api/client.ts';
import { Pill, type PillTone } from '../../components/pill.tsx';
import { isShortSoFar, SO_FAR_LABEL } from '../../components/week-so-far.ts';
import './week-accountability-card.css';

// The same query as the Accountability page (docs/accountability.md), so the two share the cache.
const bandWords: Record<WeekAdherence['band'], [string, PillTone]> = {
  flag: ['under 10 %: flagged', 'danger'], below: ['below the 25–40 % band', 'warning'], target: ['in the 25–40 % band', 'success'], above: ['above the 25–40 % band', 'info'],
};

/** The manager's own coaching week at a glance: sessions held, coaching share, streak, reps waiting for a 1:1. */
export function WeekAccountabilityCard({ managerId, isSelf }: { managerId: number | null; isSelf: boolean }) {
  const params = { managerId: managerId ?? undefined, weeks: 8 };
  const query = useQuery({
    queryKey: ['accountability', 'manager', params],
    queryFn: ({ signal }) => apiGet<AccountabilityResponse>('/api/v1/accountability', params, signal),
    staleTime: 60_000,
  });
  if (!query.data) return null; // a summary: stay out of the way while loading or if it fails
  const data = query.data;
  const week = [...data.weeks].sort((a, b) => b.weekStart.localeCompare(a.weekStart))[0];
  if (!week) return null;
  const [bandText, tone]: [string, PillTone] = isShortSoFar(week, data.asOf) ? [SO_FAR_LABEL, 'neutral'] : bandWords[week.band];
  const waiting = data.repsWithoutOneOnOne;
  const link = isSelf ? '/accountability' : `/accountability?managerId=${data.manager.id}`;
  return (
    <section className="card week-strip" aria-labelledby="week-accountability-title">
      <h2 id="week-accountability-title" className="week-strip-title">{isSelf ? 'Your coaching week' : `${data.manager.name}'s coaching week`}</h2>
      <dl className="week-strip-facts">
        <div><dt>Held / planned</dt><dd>{week.held} / {week.planned}</dd></div>
        <div><dt>Coaching share</dt><dd>{Math.round(week.share * 100)} % <Pill tone={tone}>{bandText}</Pill></dd></div>
        <div><dt>Streak</dt><dd>{data.streakWeeks} {data.streakWeeks === 1 ? 'week' : 'weeks'}</dd></div>
        <div>
          <dt>No 1:1 in 14 days</dt>
          <dd title={waiting.map((r) => r.name).join(', ')}>
            {waiting.length === 0 ? 'none' : waiting.length <= 2 ? waiting.map((r) => r.name).join(', ') : `${waiting.length} reps`}
          </dd>
        </div>
      </dl>
      <div className="week-strip-actions">
        <Link className="button button-sm" to={link}>{isSelf ? 'Report your time' : 'Details'}</Link>
        {isSelf && <Link className="button button-sm button-ghost" to="/cadences">Cadences</Link>}
      </div>
    </section>
  );
}
