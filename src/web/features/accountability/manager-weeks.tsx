import { Link } from 'react-router';
import type { AccountabilityResponse } from '../../../contract/cadence.ts';
import { formatDate } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { ShareBar, ShareLegend } from './share-bar.tsx';
import { ShareTrendChart } from './share-trend-chart.tsx';
import { isShortSoFar, SO_FAR_LABEL } from '../../components/week-so-far.ts';
import { bandLabels, bandTones, formatHours, formatShare } from './share-band.ts';

const weekTitle = (monday: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`));

/** One manager's weeks: the latest at a glance, then week by week. */
export function ManagerWeeks({ data }: { data: AccountabilityResponse }) {
  const weeks = [...data.weeks].sort((a, b) => b.weekStart.localeCompare(a.weekStart));
  const latest = weeks[0];
  const repCount = data.reps.length;
  return (
    <div className="stack-lg">
      {latest && (
        <dl className="kpi-grid" aria-label="This week">
          <div className="kpi-tile">
            <dt>Held / planned this week</dt>
            <dd className="kpi-value">{latest.held} / {latest.planned}</dd>
            <dd className="kpi-detail">{latest.missed > 0 ? `${latest.missed} missed` : 'none missed'}</dd>
          </div>
          <div className="kpi-tile" data-band={latest.band}>
            <dt>Coaching share this week</dt>
            <dd className="kpi-value">{formatShare(latest.share)}</dd>
            <dd>{isShortSoFar(latest, data.asOf)
              ? <Pill tone="neutral">{SO_FAR_LABEL}</Pill>
              : <Pill tone={bandTones[latest.band]}>{bandLabels[latest.band]}</Pill>}</dd>
          </div>
          <div className="kpi-tile">
            <dt>Streak</dt>
            <dd className="kpi-value">{data.streakWeeks} {data.streakWeeks === 1 ? 'week' : 'weeks'}</dd>
            <dd className="kpi-detail">in a row with every rep coached</dd>
          </div>
          <div className="kpi-tile">
            <dt>No 1:1 in 14 days</dt>
            <dd className="kpi-value">{data.repsWithoutOneOnOne.length} <span className="profile-unit">of {repCount}</span></dd>
            <dd className="kpi-detail">{data.repsWithoutOneOnOne.length === 0 ? 'everyone seen' : 'reps waiting'}</dd>
          </div>
        </dl>
      )}
      <section className="card card-flush" aria-labelledby="weeks-title">
        <div className="card-header">
          <div>
            <h2 id="weeks-title">Week by week</h2>
            <p>The last {weeks.length} weeks as of {formatDate(data.asOf)}, newest first. Coaching share = (held session hours + reported coaching hours) ÷ 40 h.</p>
          </div>
        </div>
        <div className="accountability-summary"><ShareLegend /></div>
        <div className="card-body share-trend"><ShareTrendChart weeks={data.weeks} /></div>
        <div className="table-scroll">
          <table className="table accountability-table">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="num">Held / planned</th>
                <th scope="col" className="num">Reps coached</th>
                <th scope="col">Coaching share</th>
                <th scope="col" className="num">Reported coaching</th>
                <th scope="col" className="num"><abbr title="Share of the coaching minutes that went to core performers">To core reps</abbr></th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.weekStart} data-band={week.band}>
                  <th scope="row" className="nowrap">{weekTitle(week.weekStart)}</th>
                  <td className="num">{week.held} / {week.planned}</td>
                  <td className="num">{week.repsCoached} of {repCount}{week.everyRepCoached ? ' ✓' : ''}</td>
                  <td><ShareBar share={week.share} band={week.band} showPill={false} /></td>
                  <td className="num">{week.coachingEntryHours > 0 ? formatHours(week.coachingEntryHours) : '—'}</td>
                  <td className="num">{formatShare(week.coreShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

/** The reps whose last 1:1 is 14 or more days ago (or who never had one). */
export function RepsWaiting({ data, isSelf }: { data: AccountabilityResponse; isSelf: boolean }) {
  return (
    <section className="card" aria-labelledby="waiting-title">
      <div className="card-header">
        <div>
          <h2 id="waiting-title">No 1:1 in 14 days</h2>
          <p>{isSelf ? 'Plan one this week.' : 'Reps of this team waiting for a 1:1.'}</p>
        </div>
      </div>
      {data.repsWithoutOneOnOne.length === 0 ? (
        <p className="compact-empty text-secondary">Every rep had a 1:1 in the last 14 days.</p>
      ) : (
        <ul className="compact-list">
          {data.repsWithoutOneOnOne.map((rep) => (
            <li key={rep.repId}>
              <span className="compact-list-head">
                <Link className="compact-list-name" to={`/reps/${rep.repId}`}>{rep.name}</Link>
                <span className="compact-list-figure">{rep.lastOneOnOneOn ? `last on ${formatDate(rep.lastOneOnOneOn)}` : 'never had one'}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
