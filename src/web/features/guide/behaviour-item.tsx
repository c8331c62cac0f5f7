// One behaviour of a stage, for an admin: read, edit in place (name and description), move
// up or down, or delete after a confirmation that says what goes with it (its observations).
import { useRef, useState } from 'react';
import type { GuideStageBehaviour } from './guide-types.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import { checkDescription, checkText, serverFieldErrors } from './guide-rules.ts';
import { GuideTextArea } from './guide-text-area.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { useGuideEdit } from './use-guide.ts';

type Props = {
  behaviour: GuideStageBehaviour; number: number; onMove: ((delta: -1 | 1) => void) | null; count: number; moving: boolean;
  /** Where the focus goes once the behaviour is gone. */
  onDeleted: () => void;
};

export function BehaviourItem({ behaviour, number, onMove, count, moving, onDeleted }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => { setMode('view'); requestAnimationFrame(() => editButton.current?.focus()); };
  const rated = behaviour.observations;
  if (mode === 'edit') return <BehaviourForm behaviour={behaviour} onDone={close} />;
  return (
    <div className="guide-entry">
      <div className="guide-entry-text">
        <strong>{behaviour.name}</strong>
        {behaviour.description !== '' && <span className="guide-desc">{behaviour.description}</span>}
        {rated > 0 && <span className="guide-meta">Rated in {rated} observation{rated === 1 ? '' : 's'}</span>}
      </div>
      {mode === 'delete' ? (
        <ConfirmDelete
          path={`/behaviours/${behaviour.id}${rated > 0 ? '?force=true' : ''}`}
          question={`Delete “${behaviour.name}”?`}
          consequence={rated > 0
            ? `Its ${rated} observation${rated === 1 ? '' : 's'} will be deleted too. Renaming keeps them. Its questions stay, untied.`
            : 'Its starter questions stay, no longer tied to it.'}
          confirmLabel={rated > 0 ? `Delete with ${rated} observation${rated === 1 ? '' : 's'}` : 'Delete behaviour'}
          onCancel={close}
          onDeleted={onDeleted}
        />
      ) : (
        <div className="guide-entry-tools">
          {onMove !== null && <MoveButtons label={behaviour.name} index={number - 1} count={count} onMove={onMove} disabled={moving} />}
          <button ref={editButton} type="button" className="button button-ghost button-xs" onClick={() => setMode('edit')}
            aria-label={`Edit behaviour ${number}, “${behaviour.name}”`}>Edit</button>
          <button type="button" className="button button-ghost button-xs button-danger" onClick={() => setMode('delete')}
            aria-label={`Delete behaviour ${number}, “${behaviour.name}”`}>Delete</button>
        </div>
      )}
    </div>
  );
}

/** Adds a behaviour (no `behaviour`) or edits one; Escape or Cancel leaves it unchanged. */
export function BehaviourForm({ behaviour, stageId, onDone }: { behaviour?: GuideStageBehaviour; stageId?: number; onDone: () => void }) {
  const edit = useGuideEdit();
  const [name, setName] = useState(behaviour?.name ?? '');
  const [description, setDescription] = useState(behaviour?.description ?? '');
  const [tried, setTried] = useState(false);
  const local = { name: checkText(name, 'behaviour', 80), description: checkDescription(description) };
  const server = serverFieldErrors(edit.error, ['name', 'description']);
  const save = () => {
    setTried(true);
    if (local.name !== null || local.description !== null) return;
    const body = { name: name.trim(), description: description.trim() };
    edit.mutate(behaviour === undefined
      ? { method: 'POST', path: `/stages/${stageId}/behaviours`, body }
      : { method: 'PATCH', path: `/behaviours/${behaviour.id}`, body }, { onSuccess: onDone });
  };
  return (
    <form className="guide-form" noValidate onSubmit={(e) => { e.preventDefault(); save(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(); } }}>
      <GuideTextArea label={behaviour === undefined ? 'New behaviour' : 'Behaviour'} value={name} onValueChange={setName} autoFocus
        maxLength={120} error={(tried ? local.name : null) ?? server.name}
        hint={behaviour === undefined ? 'What good looks like, as something a rep does: “Quantifies the cost of the problem”.' : undefined} />
      <GuideTextArea label="Description" optional value={description} onValueChange={setDescription}
        maxLength={300} error={(tried ? local.description : null) ?? server.description} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-sm" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : behaviour === undefined ? 'Add behaviour' : 'Save'}
        </button>
        <button type="button" className="button button-ghost button-sm" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
