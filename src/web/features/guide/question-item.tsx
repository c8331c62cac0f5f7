// One starter question of a stage, for an admin: read, edit in place (its text and the
// behaviour it opens), move up or down, or delete after a confirmation.
import { useRef, useState } from 'react';
import type { GuideStageBehaviour, GuideStageQuestion } from './guide-types.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { checkText, serverFieldErrors } from './guide-rules.ts';
import { GuideTextArea } from './guide-text-area.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useGuideEdit } from './use-guide.ts';

type Props = {
  question: GuideStageQuestion; index: number; count: number; behaviours: GuideStageBehaviour[];
  onMove: (delta: -1 | 1) => void; moving: boolean; onDeleted: () => void;
};

export function QuestionItem({ question, index, count, behaviours, onMove, moving, onDeleted }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => { setMode('view'); requestAnimationFrame(() => editButton.current?.focus()); };
  const short = question.text.length > 40 ? `${question.text.slice(0, 40)}…` : question.text;
  if (mode === 'edit') return <QuestionForm question={question} behaviours={behaviours} onDone={close} />;
  return (
    <div className="guide-entry">
      <div className="guide-entry-text"><span>{question.text}</span></div>
      {mode === 'delete' ? (
        <ConfirmDelete path={`/questions/${question.id}`} question="Delete this question?" consequence=""
          confirmLabel="Delete question" onCancel={close} onDeleted={onDeleted} />
      ) : (
        <div className="guide-entry-tools">
          <MoveButtons label={short} index={index} count={count} onMove={onMove} disabled={moving} />
          <button ref={editButton} type="button" className="button button-ghost button-xs" onClick={() => setMode('edit')}
            aria-label={`Edit question “${short}”`}>Edit</button>
          <button type="button" className="button button-ghost button-xs button-danger" onClick={() => setMode('delete')}
            aria-label={`Delete question “${short}”`}>Delete</button>
        </div>
      )}
    </div>
  );
}

/** Adds a question (no `question`) or edits one; the behaviour it opens is one of its own stage. */
export function QuestionForm({ question, stageId, behaviours, onDone }: {
  question?: GuideStageQuestion; stageId?: number; behaviours: GuideStageBehaviour[]; onDone: () => void;
}) {
  const edit = useGuideEdit();
  const [text, setText] = useState(question?.text ?? '');
  const [behaviourId, setBehaviourId] = useState(question?.behaviourId === null || question === undefined ? '' : String(question.behaviourId));
  const [tried, setTried] = useState(false);
  const local = checkText(text, 'question', 200);
  const server = serverFieldErrors(edit.error, ['text', 'behaviourId']);
  const options = [{ value: '', label: 'No particular behaviour' }, ...behaviours.map((b, i) => ({ value: String(b.id), label: `${i + 1}. ${b.name}` }))];
  const save = () => {
    setTried(true);
    if (local !== null) return;
    const body = { text: text.trim(), behaviourId: behaviourId === '' ? null : Number(behaviourId) };
    edit.mutate(question === undefined
      ? { method: 'POST', path: `/stages/${stageId}/questions`, body }
      : { method: 'PATCH', path: `/questions/${question.id}`, body }, { onSuccess: onDone });
  };
  return (
    <form className="guide-form" noValidate onSubmit={(e) => { e.preventDefault(); save(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(); } }}>
      <GuideTextArea label={question === undefined ? 'New question' : 'Question'} value={text} onValueChange={setText} autoFocus
        maxLength={260} error={(tried ? local : null) ?? server.text}
        hint={question === undefined ? 'Open, about what the rep did: “What did the buyer say it costs them today?”' : undefined} />
      <SelectField label="Opens behaviour" value={behaviourId} options={options} onValueChange={setBehaviourId} error={server.behaviourId} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-sm" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : question === undefined ? 'Add question' : 'Save'}
        </button>
        <button type="button" className="button button-ghost button-sm" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
