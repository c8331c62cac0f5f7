// The inline confirmation before deleting an entry of the guide: says what goes with it,
// starts on the safe choice, and Escape keeps the entry.
import { useEffect, useRef } from 'react';
import { useGuideEdit } from './use-guide.ts';

type Props = { path: string; question: string; consequence: string; confirmLabel: string; onCancel: () => void; onDeleted: () => void };

export function ConfirmDelete({ path, question, consequence, confirmLabel, onCancel, onDeleted }: Props) {
  const edit = useGuideEdit();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => { keep.current?.focus(); }, []);
  return (
    <div className="guide-confirm" role="group" aria-label={question}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <p><strong>{question}</strong> {consequence}</p>
      {edit.error !== null && <p className="field-error" role="alert">{edit.error.message}</p>}
      <div className="form-actions">
        <button type="button" className="button button-sm button-danger-solid" disabled={edit.isPending}
          onClick={() => edit.mutate({ method: 'DELETE', path }, { onSuccess: onDeleted })}>{edit.isPending ? 'Deleting…' : confirmLabel}</button>
        <button ref={keep} type="button" className="button button-ghost button-sm" onClick={onCancel}>Keep it</button>
      </div>
    </div>
  );
}
