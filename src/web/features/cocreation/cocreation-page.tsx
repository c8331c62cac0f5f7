import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { isApiError } from '../../api/api-error.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatDate } from '../../components/format-date.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { Pill } from '../../components/pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { CancelSession } from './cancel-session.tsx';
import { CoCreationSummary } from './cocreation-summary.tsx';
import { CreateStep } from './create-step.tsx';
import { InvestigateStep } from './investigate-step.tsx';
import { OutcomeStep } from './outcome-step.tsx';
import { ShareStep } from './share-step.tsx';
import { useCoCreation, useSessionWrite } from './use-cocreation.ts';
import './cocreation.css';

const steps = [
  { key: 'investigate', label: 'Investigate', hint: 'Who is involved, what blocks the deal, and why.' },
  { key: 'create', label: 'Create', hint: 'Look at the obstacle through the nine SCAMMPERR lenses; judge later.' },
  { key: 'share', label: 'Share', hint: 'Choose what to try, and agree dated next steps with the rep.' },
  { key: 'outcome', label: 'Outcome', hint: 'Later: what happened, and what it taught us.' },
] as const;
type StepKey = (typeof steps)[number]['key'];

const statusTone = { planned: 'info', held: 'success', cancelled: 'neutral', missed: 'warning' } as const;

/** A co-creation session: the manager's guided page (one step at a time), or a read-only summary. */
export function CoCreationPage() {
  const { id = '' } = useParams();
  const sessionId = /^\d+$/.test(id) ? Number(id) : 0;
  const query = useCoCreation(sessionId);
  if (sessionId === 0 || (query.isError && isApiError(query.error) && query.error.status === 404)) {
    return (
      <>
        <PageHeader title="Session not found" description="This co-creation session does not exist, or is not one you may open." />
        <div className="card"><EmptyState title="No such session in your view">Co-creation sessions are listed in each deal's room.</EmptyState></div>
      </>
    );
  }
  if (query.isPending) return <PageLoading label="Opening the session…" />;
  if (query.isError) {
    return (
      <>
        <PageHeader title="Co-creation session" description="Working round a stalled deal." />
        <QueryError error={query.error} onRetry={() => void query.refetch()} what="this session" />
      </>
    );
  }
  const session = query.data;
  return (
    <>
      <PageHeader title={`Co-creation: ${session.deal.name}`}
        description={`${session.manager.name} with ${session.rep.name} · opened ${formatDate(session.createdAt)}`}
        actions={(
          <div className="row">
            <Link className="button button-ghost" to={`/deals/${session.deal.id}`}>Deal room</Link>
            <Pill tone={statusTone[session.status]}>{session.status[0]?.toUpperCase() + session.status.slice(1)}</Pill>
          </div>
        )} />
      {session.canEdit ? <GuidedCoCreation session={session} /> : <CoCreationSummary session={session} />}
    </>
  );
}

function firstStep(session: CoCreationSession): number {
  if (session.outcome !== null || session.status === 'held') return 3;
  return steps.findIndex((s) => s.key === session.step);
}

function GuidedCoCreation({ session }: { session: CoCreationSession }) {
  const [current, setCurrent] = useState(() => Math.max(0, firstStep(session)));
  const write = useSessionWrite(session.id);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = steps[current] ?? steps[0];

  const go = (index: number, focusHeading = true) => {
    setCurrent(index);
    const key: StepKey | undefined = steps[index]?.key;
    if (key !== undefined && key !== 'outcome' && key !== session.step) write.mutate({ method: 'PATCH', path: '', body: { step: key } });
    if (focusHeading) requestAnimationFrame(() => headingRef.current?.focus());
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1
      : event.key === 'Home' ? 0 : event.key === 'End' ? steps.length - 1 : null;
    if (next === null || next < 0 || next >= steps.length) return;
    event.preventDefault();
    go(next, false);
    tabs.current[next]?.focus();
  };

  return (
    <div className="session-layout">
      <nav aria-label="Co-creation steps" className="stepper cocreation-stepper">
        <ol>
          {steps.map((s, index) => (
            <li key={s.key}>
              <button type="button" ref={(el) => { tabs.current[index] = el; }} className="stepper-step"
                aria-current={index === current ? 'step' : undefined} data-done={index < current}
                onClick={() => go(index)} onKeyDown={(e) => onKey(e, index)}>
                <span className="stepper-letter" aria-hidden="true">{index + 1}</span>
                <span className="stepper-label">{s.label}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card session-step" aria-labelledby="step-title">
        <div className="card-header">
          <div>
            <h2 id="step-title" ref={headingRef} tabIndex={-1}>{current + 1}. {step.label}</h2>
            <p>{step.hint}</p>
          </div>
        </div>
        <div className="card-body">
          {step.key === 'investigate' && <InvestigateStep session={session} />}
          {step.key === 'create' && <CreateStep session={session} />}
          {step.key === 'share' && <ShareStep session={session} />}
          {step.key === 'outcome' && <OutcomeStep session={session} />}
        </div>
        <div className="session-step-footer">
          <button type="button" className="button" disabled={current === 0} onClick={() => go(current - 1)}>Back</button>
          {step.key === 'share' && session.status === 'planned' ? (
            <button type="button" className="button button-primary" disabled={write.isPending}
              onClick={() => write.mutate({ method: 'PATCH', path: '', body: { status: 'held' } }, { onSuccess: () => go(current + 1) })}>
              Hold session
            </button>
          ) : current < steps.length - 1 ? (
            <button type="button" className="button button-primary" onClick={() => go(current + 1)}>Next: {steps[current + 1]?.label}</button>
          ) : (
            <Link className="button" to={`/deals/${session.deal.id}`}>Back to the deal room</Link>
          )}
        </div>
        {write.isError && <p className="field-error session-error" role="alert">{write.error.message}</p>}
      </section>
      {session.status === 'planned' && <div className="cancel-session"><CancelSession session={session} /></div>}
    </div>
  );
}
