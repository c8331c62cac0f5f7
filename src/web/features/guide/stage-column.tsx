// One stage of the guide: its figures, "what good looks like" and the questions to ask.
// Admins edit everything in place; everyone else reads it.
import { useRef, useState } from 'react';
import type { GuideStage } from './guide-types.ts';
import { BehaviourForm, BehaviourItem } from './behaviour-item.tsx';
import { CopyDefaultForm } from './copy-default-form.tsx';
import { MAX_PER_STAGE } from './guide-rules.ts';
import { QuestionForm, QuestionItem } from './question-item.tsx';
import { StageKpis } from './stage-kpis.tsx';
import { StageSettingsForm } from './stage-settings-form.tsx';
import { Pill } from '../../components/pill.tsx';
import { useGuideEdit } from './use-guide.ts';

/** The ids with the one at `index` moved by `delta` places. */
const moved = (ids: number[], index: number, delta: -1 | 1) => {
  const next = [...ids];
  [next[index], next[index + delta]] = [next[index + delta]!, next[index]!];
  return next;
};

export function StageColumn({ stage, isAdmin }: { stage: GuideStage; isAdmin: boolean }) {
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<'behaviour' | 'question' | null>(null);
  const editStage = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusStage = () => requestAnimationFrame(() => heading.current?.focus());
  const reorder = useGuideEdit();
  const titleId = `stage-${stage.id}`;
  const numbered = new Map(stage.behaviours.map((b, i) => [b.id, i + 1]));
  const empty = stage.behaviours.length === 0;
  const moveBehaviour = (index: number, delta: -1 | 1) => reorder.mutate({
    method: 'PUT', path: `/stages/${stage.id}/behaviour-order`, body: { behaviourIds: moved(stage.behaviours.map((b) => b.id), index, delta) },
  });
  const moveQuestion = (index: number, delta: -1 | 1) => reorder.mutate({
    method: 'PUT', path: `/stages/${stage.id}/question-order`, body: { questionIds: moved(stage.questions.map((q) => q.id), index, delta) },
  });
  return (
    <section className={`card guide-stage${empty ? ' guide-stage-empty' : ''}`} aria-labelledby={titleId} id={`guide-stage-${stage.key}`}>
      <header className="guide-stage-head">
        <div className="guide-stage-title">
          <h2 id={titleId} ref={heading} tabIndex={-1}><span className="guide-stage-number" aria-hidden="true">{stage.position}</span>{stage.name}</h2>
          {isAdmin && !editing && (
            <button ref={editStage} type="button" className="button button-ghost button-xs" onClick={() => setEditing(true)}
              aria-label={`Edit stage ${stage.name}: name, expected days, target`}>Edit</button>
          )}
        </div>
        {empty && <Pill tone="warning">No behaviours yet</Pill>}
        {editing
          ? <StageSettingsForm stage={stage} onDone={() => { setEditing(false); requestAnimationFrame(() => editStage.current?.focus()); }} />
          : <StageKpis stage={stage} />}
      </header>
      <div className="guide-stage-body">
        <h3 className="guide-subhead">What good looks like</h3>
        {empty && (
          <p className="guide-empty-note">
            {isAdmin ? 'Managers cannot rate or coach this stage yet. Copy the behaviours of a default stage that means the same, or add your own.'
              : 'No behaviours yet: an administrator adds them.'}
          </p>
        )}
        {isAdmin && empty && <CopyDefaultForm stage={stage} />}
        <ol className="guide-behaviours">
          {stage.behaviours.map((b, i) => (
            <li key={b.id}>
              {isAdmin ? (
                <BehaviourItem behaviour={b} number={i + 1} count={stage.behaviours.length} moving={reorder.isPending}
                  onMove={(delta) => moveBehaviour(i, delta)} onDeleted={focusStage} />
              ) : <><strong>{b.name}</strong>{b.description !== '' && <span className="guide-desc">{b.description}</span>}</>}
            </li>
          ))}
        </ol>
        {isAdmin && (adding === 'behaviour'
          ? <BehaviourForm stageId={stage.id} onDone={() => setAdding(null)} />
          : <AddButton what="behaviour" stage={stage.name} full={stage.behaviours.length >= MAX_PER_STAGE} onClick={() => setAdding('behaviour')} />)}
        <h3 className="guide-subhead">Ask</h3>
        {stage.questions.length === 0 && <p className="guide-empty-note">No starter questions yet.</p>}
        <ul className="guide-questions">
          {stage.questions.map((q, i) => (
            <li key={q.id}>
              {q.behaviourId !== null && numbered.has(q.behaviourId)
                ? <span className="guide-qref" title={`Opens behaviour ${numbered.get(q.behaviourId)}`}>{numbered.get(q.behaviourId)}</span>
                : <span className="guide-qref guide-qref-none" aria-hidden="true">·</span>}
              {isAdmin ? (
                <QuestionItem question={q} index={i} count={stage.questions.length} behaviours={stage.behaviours}
                  moving={reorder.isPending} onMove={(delta) => moveQuestion(i, delta)} onDeleted={focusStage} />
              ) : <span>{q.text}</span>}
            </li>
          ))}
        </ul>
        {isAdmin && (adding === 'question'
          ? <QuestionForm stageId={stage.id} behaviours={stage.behaviours} onDone={() => setAdding(null)} />
          : <AddButton what="question" stage={stage.name} full={stage.questions.length >= MAX_PER_STAGE} onClick={() => setAdding('question')} />)}
        {reorder.error !== null && <p className="field-error" role="alert">{reorder.error.message}</p>}
        {isAdmin && !empty && (
          <details className="guide-more">
            <summary>Copy more from the default guide</summary>
            <CopyDefaultForm stage={stage} />
          </details>
        )}
      </div>
    </section>
  );
}

function AddButton({ what, stage, full, onClick }: { what: string; stage: string; full: boolean; onClick: () => void }) {
  if (full) return <p className="small text-secondary">{MAX_PER_STAGE} {what}s: the most that print legibly on one page.</p>;
  return (
    <button type="button" className="button button-ghost button-sm guide-add-button" onClick={onClick} aria-label={`Add a ${what} to ${stage}`}>
      + Add {what}
    </button>
  );
}
