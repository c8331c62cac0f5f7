import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionDetail } from '../../../contract/coaching.ts';
import type { GuideResponse } from './guide-types.ts';
import { apiGet } from '../../api/client.ts';
import { isApiError } from '../../api/api-error.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { formatDate } from '../../components/format-date.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { Pill } from '../../components/pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { AffirmStep } from './affirm-step.tsx';
import { EmbedStep } from './embed-step.tsx';
import { PrepareStep } from './prepare-step.tsx';
import { SpecifyStep } from './specify-step.tsx';
import { UnderstandStep } from './understand-step.tsx';
import { useHoldSession, usePrepare, useSessionDetail } from './use-sessions.ts';

const steps = [
  { key: 'prepare', label: 'Prepare', hint: 'What the data says, and what was promised last time.' },
  { key: 'affirm', label: 'Affirm', hint: 'Set the tone: development, not evaluation.' },
  { key: 'understand', label: 'Understand', hint: 'What you observed, with evidence, and a rating.' },
  { key: 'specify', label: 'Specify', hint: 'One behaviour change, tied to the guide.' },
  { key: 'embed', label: 'Embed', hint: 'Dated commitments, then hold the session.' },
] as const;

const kindLabel: Record<string, string> = { one_on_one: '1:1', deal: 'Deal coaching', team_skill: 'Team skill session', co_creation: 'Co-creation' };
const statusTone = { planned: 'info', held: 'success', cancelled: 'neutral', missed: 'warning' } as const;

/** A PAUSE session: the manager's guided page, or the rep's summary. */
export function SessionPage() {
  const { id = '' } = useParams();
  const sessionId = /^\d+$/.test(id) ? Number(id) : 0;
  const detail = useSessionDetail(sessionId);

  if (sessionId === 0 || (detail.isError && isApiError(detail.error) && detail.error.status === 404)) {
    return (
      <>
        <PageHeader title="Session not found" description="This session does not exist, or is not one you may open." />
        <div className="card"><EmptyState title="No such session in your view">Sessions you may open are listed on each rep's page.</EmptyState></div>
      </>
    );
  }
  if (detail.isPending) return <PageLoading label="Loading the session…" />;
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Session" description="A coaching session." />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} what="this session" />
      </>
    );
  }
  const session = detail.data;
  const title = `${kindLabel[session.kind] ?? 'Session'} with ${session.rep?.name ?? 'the team'}`;
  const description = `${session.manager.name} · ${formatDate(session.date)}${session.durationMin !== null ? ` · ${session.durationMin} min` : ''}`;
  return (
    <>
      <PageHeader title={title} description={description}
        actions={<Pill tone={statusTone[session.status]}>{session.status === 'held' ? 'Held' : session.status[0]?.toUpperCase() + session.status.slice(1)}</Pill>} />
      {session.view === 'summary' || !session.canEdit ? <SessionSummary session={session} /> : <GuidedSession session={session} />}
    </>
  );
}

function useGuide() {
  return useQuery({
    queryKey: ['guide'],
    queryFn: ({ signal }) => apiGet<GuideResponse>('/api/v1/guide', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

function GuidedSession({ session }: { session: SessionDetail }) {
  const [current, setCurrent] = useState(0);
  const prepare = usePrepare(session.id, true);
  const guide = useGuide();
  const hold = useHoldSession(session.id);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = steps[current] ?? steps[0];

  const go = (index: number, focusHeading = true) => {
    setCurrent(index);
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
      <nav aria-label="PAUSE steps" className="stepper">
        <ol>
          {steps.map((s, index) => (
            <li key={s.key}>
              <button type="button" ref={(el) => { tabs.current[index] = el; }}
                className="stepper-step" aria-current={index === current ? 'step' : undefined}
                data-done={index < current} onClick={() => go(index)} onKeyDown={(e) => onKey(e, index)}>
                <span className="stepper-letter" aria-hidden="true">{s.label[0]}</span>
                <span className="stepper-label">{s.label}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {prepare.isError && <QueryError error={prepare.error} onRetry={() => void prepare.refetch()} what="the generated Prepare" />}
      <section className="card session-step" aria-labelledby="step-title">
        <div className="card-header">
          <div>
            <h2 id="step-title" ref={headingRef} tabIndex={-1}>{current + 1}. {step.label}</h2>
            <p>{step.hint}</p>
          </div>
          {session.status === 'held' && <span className="text-secondary small">Held {session.heldAt !== null ? formatDate(session.heldAt) : ''}: you can still correct it.</span>}
        </div>
        <div className="card-body">
          {step.key === 'prepare' && <PrepareStep session={session} prepare={prepare.data} />}
          {step.key === 'affirm' && <AffirmStep session={session} />}
          {step.key === 'understand' && <UnderstandStep session={session} prepare={prepare.data} guide={guide.data} />}
          {step.key === 'specify' && <SpecifyStep session={session} prepare={prepare.data} guide={guide.data} />}
          {step.key === 'embed' && <EmbedStep session={session} />}
        </div>
        <div className="session-step-footer">
          <button type="button" className="button" disabled={current === 0} onClick={() => go(current - 1)}>Back</button>
          {current < steps.length - 1 ? (
            <button type="button" className="button button-primary" onClick={() => go(current + 1)}>Next: {steps[current + 1]?.label}</button>
          ) : session.status === 'planned' ? (
            <button type="button" className="button button-primary" disabled={hold.isPending} onClick={() => hold.mutate()}>Hold session</button>
          ) : (
            <Link className="button" to={session.rep !== null ? `/reps/${session.rep.id}` : '/this-week'}>Done</Link>
          )}
        </div>
        {hold.isError && <p className="field-error session-error" role="alert">{hold.error.message}</p>}
        {session.status === 'held' && current === steps.length - 1 && <p className="form-success session-error" role="status">Session held. The next 1:1 opens with these commitments.</p>}
      </section>
    </div>
  );
}

/** What a rep sees: the summary, their commitments; never the manager's notes. */
function SessionSummary({ session }: { session: SessionDetail }) {
  return (
    <div className="stack">
      <section className="card" aria-labelledby="summary-title">
        <div className="card-header"><h2 id="summary-title">Summary</h2></div>
        <div className="card-body">
          <dl className="summary-list">
            <div><dt>Stage and behaviour</dt><dd>{session.stage?.name ?? '—'}{session.behaviour !== null ? `: ${session.behaviour.name}` : ''}</dd></div>
            <div><dt>The behaviour change</dt><dd>{session.specify ?? '—'}</dd></div>
            {session.embed !== null && <div><dt>Follow-up</dt><dd>{session.embed}</dd></div>}
          </dl>
        </div>
      </section>
      <section className="card" aria-labelledby="summary-commitments">
        <div className="card-header"><h2 id="summary-commitments">Commitments</h2></div>
        <div className="card-body">
          {session.commitments.length === 0 ? <p className="text-secondary">No commitments from this session.</p> : (
            <ul className="commitment-list">
              {session.commitments.map((c) => (
                <li key={c.id}><span>{c.text}</span><span className="text-secondary small">due {formatDate(c.dueOn)} · {c.status.replace('_', ' ')}</span></li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
