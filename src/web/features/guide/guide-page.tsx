import { useState } from 'react';
import type { GuideResponse } from './guide-types.ts';
import { useCurrentUser } from '../../api/session.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useGuide, useGuideEdit } from './use-guide.ts';

type Stage = GuideResponse['stages'][number];
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);

/** The org's coaching guide: one column per stage; admins edit it in place. */
export function GuidePage() {
  const user = useCurrentUser();
  const guide = useGuide();
  const isAdmin = user.role === 'admin';
  return (
    <>
      <PageHeader
        title="Coaching guide"
        description="What good looks like at each stage, and the questions that open the conversation. Coach to these behaviours, not to numbers."
        actions={<a className="button" href="/api/v1/guide/print" target="_blank" rel="noopener">Print (one page)<span className="sr-only"> (opens in a new tab)</span></a>}
      />
      {guide.isPending && <PageLoading label="Loading the guide…" />}
      {guide.isError && <QueryError error={guide.error} onRetry={() => void guide.refetch()} what="the coaching guide" />}
      {guide.data !== undefined && (guide.data.stages.length === 0 ? (
        <div className="card"><EmptyState title="No stages yet">The guide appears once the sales process is imported or the demo is loaded.</EmptyState></div>
      ) : (
        <>
          {isAdmin && <p className="text-secondary">As an administrator you can edit behaviours, questions and each stage&apos;s conversion target here. Keys never change, so ratings stay valid.</p>}
          <div className="guide-columns">
            {guide.data.stages.map((stage) => <StageColumn key={stage.id} stage={stage} isAdmin={isAdmin} />)}
          </div>
        </>
      ))}
    </>
  );
}

function StageColumn({ stage, isAdmin }: { stage: Stage; isAdmin: boolean }) {
  const { conversion, daysInStage } = stage.kpis;
  const titleId = `stage-${stage.id}`;
  const numbered = new Map(stage.behaviours.map((b, i) => [b.id, i + 1]));
  return (
    <section className="card guide-stage" aria-labelledby={titleId}>
      <header className="guide-stage-head">
        <h2 id={titleId}>{stage.name}</h2>
        <dl className="guide-kpis">
          <div><dt>Converts to {conversion.nextStageName}</dt>
            <dd>{pct(conversion.benchmark)} <span className="small">{conversion.basis === 'target' ? `target${conversion.median !== null ? `; median ${pct(conversion.median)}` : ''}` : conversion.basis === 'median' ? `median of ${conversion.medianReps} reps` : ''}</span></dd></div>
          <div><dt>Time in stage</dt>
            <dd>{daysInStage.expected ?? (daysInStage.median === null ? '—' : Math.round(daysInStage.median))} days <span className="small">{daysInStage.expected !== null ? 'expected' : `median of ${daysInStage.entries} deals`}</span></dd></div>
        </dl>
        {isAdmin && <TargetEditor stage={stage} />}
      </header>
      <div className="guide-stage-body">
        <h3 className="guide-subhead">What good looks like</h3>
        <ol className="guide-behaviours">
          {stage.behaviours.map((b) => (
            <li key={b.id}>
              {isAdmin ? <EditableItem kind="behaviour" id={b.id} text={b.name} detail={b.description} /> : (
                <><strong>{b.name}</strong>{b.description !== '' && <span className="guide-desc">{b.description}</span>}</>
              )}
            </li>
          ))}
        </ol>
        {isAdmin && stage.behaviours.length < 8 && <AddItem kind="behaviour" stageId={stage.id} stageName={stage.name} />}
        <h3 className="guide-subhead">Ask</h3>
        <ul className="guide-questions">
          {stage.questions.map((q) => (
            <li key={q.id}>
              {q.behaviourId !== null && numbered.has(q.behaviourId) && <span className="guide-qref" title="Opens behaviour">{numbered.get(q.behaviourId)}</span>}
              {isAdmin ? <EditableItem kind="question" id={q.id} text={q.text} /> : <span>{q.text}</span>}
            </li>
          ))}
        </ul>
        {isAdmin && stage.questions.length < 8 && <AddItem kind="question" stageId={stage.id} stageName={stage.name} />}
      </div>
    </section>
  );
}

function TargetEditor({ stage }: { stage: Stage }) {
  const edit = useGuideEdit();
  const current = stage.kpis.conversion.target;
  const [value, setValue] = useState(current === null ? '' : String(Math.round(current * 100)));
  const id = `target-${stage.id}`;
  const save = () => {
    const next = value.trim() === '' ? null : Number(value) / 100;
    if (next === current || (next !== null && !(next > 0 && next <= 1))) return;
    edit.mutate({ method: 'PATCH', path: `/stages/${stage.id}`, body: { conversionTarget: next } });
  };
  return (
    <form className="guide-target" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <label htmlFor={id} className="small">Conversion target (%)</label>
      <input id={id} className="input input-sm" type="number" min={1} max={100} placeholder="median" value={value}
        onChange={(e) => setValue(e.target.value)} onBlur={save} />
      {edit.isSuccess && <span className="save-status save-saved" role="status">Saved</span>}
      {edit.isError && <span className="field-error" role="alert">{edit.error.message}</span>}
    </form>
  );
}

function EditableItem({ kind, id, text, detail }: { kind: 'behaviour' | 'question'; id: number; text: string; detail?: string }) {
  const edit = useGuideEdit();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(text);
  const [description, setDescription] = useState(detail ?? '');
  const path = kind === 'behaviour' ? `/behaviours/${id}` : `/questions/${id}`;
  if (!editing) {
    return (
      <div className="guide-item">
        <span>{kind === 'behaviour' ? <strong>{text}</strong> : text}{detail !== undefined && detail !== '' && <span className="guide-desc">{detail}</span>}</span>
        <span className="guide-item-actions">
          <button type="button" className="link-button small" onClick={() => setEditing(true)} aria-label={`Edit ${kind} “${text}”`}>Edit</button>
          <button type="button" className="link-button small button-danger" disabled={edit.isPending} aria-label={`Delete ${kind} “${text}”`}
            onClick={() => {
              if (!window.confirm(`Delete the ${kind} “${text}”?`)) return;
              edit.mutate({ method: 'DELETE', path }, {
                onError: (error) => {
                  if (kind === 'behaviour' && 'status' in error && error.status === 409 && window.confirm(`${error.message}\nDelete it anyway, with its observations?`)) {
                    edit.mutate({ method: 'DELETE', path: `${path}?force=true` });
                  }
                },
              });
            }}>Delete</button>
        </span>
        {edit.isError && <span className="field-error" role="alert">{edit.error.message}</span>}
      </div>
    );
  }
  return (
    <form className="guide-edit" onSubmit={(e) => {
      e.preventDefault();
      const body = kind === 'behaviour' ? { name: value, description } : { text: value };
      edit.mutate({ method: 'PATCH', path, body }, { onSuccess: () => setEditing(false) });
    }}>
      <label className="sr-only" htmlFor={`edit-${kind}-${id}`}>{kind === 'behaviour' ? 'Behaviour' : 'Question'}</label>
      <input id={`edit-${kind}-${id}`} className="input input-sm" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      {kind === 'behaviour' && (
        <>
          <label className="sr-only" htmlFor={`edit-desc-${id}`}>Description</label>
          <input id={`edit-desc-${id}`} className="input input-sm" placeholder="Description (optional)" value={description} onChange={(e) => setDescription(e.target.value)} />
        </>
      )}
      <span className="guide-item-actions">
        <button type="submit" className="button button-primary button-sm" disabled={edit.isPending}>Save</button>
        <button type="button" className="button button-ghost button-sm" onClick={() => { setEditing(false); setValue(text); setDescription(detail ?? ''); }}>Cancel</button>
      </span>
      {edit.isError && <span className="field-error" role="alert">{edit.error.message}</span>}
    </form>
  );
}

function AddItem({ kind, stageId, stageName }: { kind: 'behaviour' | 'question'; stageId: number; stageName: string }) {
  const edit = useGuideEdit();
  const [value, setValue] = useState('');
  const id = `add-${kind}-${stageId}`;
  return (
    <form className="guide-add" onSubmit={(e) => {
      e.preventDefault();
      if (value.trim() === '') return;
      const body = kind === 'behaviour' ? { name: value.trim() } : { text: value.trim() };
      edit.mutate({ method: 'POST', path: `/stages/${stageId}/${kind === 'behaviour' ? 'behaviours' : 'questions'}`, body }, { onSuccess: () => setValue('') });
    }}>
      <label className="sr-only" htmlFor={id}>{kind === 'behaviour' ? `New behaviour for ${stageName}` : `New question for ${stageName}`}</label>
      <input id={id} className="input input-sm" placeholder={kind === 'behaviour' ? 'Add a behaviour…' : 'Add a question…'} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button button-sm" disabled={edit.isPending || value.trim() === ''}>Add</button>
      {edit.isError && <span className="field-error" role="alert">{edit.error.message}</span>}
    </form>
  );
}
