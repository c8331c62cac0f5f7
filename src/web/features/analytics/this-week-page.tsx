import type { QueueResponse } from '../../../contract/analytics.ts';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { plural } from './analytics-labels.ts';
import { AnalysisWindow } from './analysis-window.tsx';
import { AnalyticsSkeleton } from './analytics-skeleton.tsx';
import { ChooseManager } from './choose-manager.tsx';
import { ManagerPicker } from './manager-picker.tsx';
import { QueueCard } from './queue-card.tsx';
import { QueueCompactList } from './queue-compact-list.tsx';
import { useQueue } from './use-analytics.ts';
import { useManagerParam } from './use-manager-param.ts';
import { WeekAccountabilityCard } from './week-accountability-card.tsx';

/** The manager's home: whom to coach this week, on which behaviour, with which questions. */
export function ThisWeekPage() {
  const user = useCurrentUser();
  const isManager = user.role === 'manager';
  const [managerId, setManager] = useManagerParam();
  const needsPick = !isManager && managerId === null;
  const queue = useQueue(managerId, !needsPick);

  return (
    <>
      <PageHeader
        title="This week"
        description="Whom to coach this week, on which behaviour, with which questions. Core performers first; the order weighs the revenue at stake, time since the last session and commitments falling due."
        actions={isManager ? undefined : <ManagerPicker managerId={managerId} onChange={setManager} />}
      />
      {needsPick && <ChooseManager what="their coaching queue for the week" />}
      {!needsPick && <WeekAccountabilityCard managerId={managerId} isSelf={isManager} />}
      {!needsPick && queue.isPending && <AnalyticsSkeleton label="Working out this week's coaching queue…" />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} what="the coaching queue" />}
      {queue.data && !needsPick && <QueueView queue={queue.data} busy={queue.isPlaceholderData} isManager={isManager} canStart={user.role === 'manager' || user.role === 'leader'} />}
    </>
  );
}

function QueueView({ queue, busy, isManager, canStart }: { queue: QueueResponse; busy: boolean; isManager: boolean; canStart: boolean }) {
  const total = queue.coach.length + queue.talentFit.length + queue.lightTouch.length;
  if (total === 0) {
    return (
      <div className="card">
        <EmptyState title={isManager ? 'No reps to coach yet' : `${queue.manager.name} has no reps yet`}>
          Reps appear here once CRM data naming {isManager ? 'you' : 'them'} as their manager is imported (an administrator
          does this under Imports), or once the demo organisation is loaded.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="stack-lg" aria-busy={busy} data-busy={busy}>
      <div className="queue-summary">
        <AnalysisWindow asOf={queue.asOf} windowDays={queue.windowDays} weekEnd={queue.weekEnd} />
        <p className="text-secondary">
          {isManager ? 'Your' : `${queue.manager.name}'s`} {plural(total, 'rep')}: {queue.coach.length} to coach,{' '}
          {queue.talentFit.length} for a talent-fit conversation, {queue.lightTouch.length} on a light touch.
        </p>
      </div>
      <section aria-labelledby="coach-title" className="stack">
        <div className="section-header">
          <h2 id="coach-title">Coach this week</h2>
          <p>Most valuable first. Open a rep for the full picture.</p>
        </div>
        {queue.coach.length === 0 ? (
          <div className="card">
            <EmptyState title="Nobody to coach this week" headingLevel={3}>
              No core or ramping rep needs a session now. Use the time for the talent-fit conversations and the stars below.
            </EmptyState>
          </div>
        ) : (
          <ol className="queue-list">
            {queue.coach.map((item, index) => <QueueCard key={item.repId} item={item} rank={index + 1} canStart={canStart} />)}
          </ol>
        )}
      </section>
      <div className="grid-2 queue-secondary">
        <QueueCompactList id="talent-fit-title" title="Talent-fit conversations" items={queue.talentFit}
          description="Bottom of the range: talk with your leader about fit and role, rather than adding coaching."
          empty="Nobody is in the bottom band this window." />
        <QueueCompactList id="light-touch-title" title="Light touch" items={queue.lightTouch}
          description="Stars: keep a light cadence, and ask them to share what works with the team."
          empty="No stars on this team this window." />
      </div>
    </div>
  );
}
