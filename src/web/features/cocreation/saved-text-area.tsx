import { useId, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

type Props = { label: string; hint?: string; initial: string | null; rows?: number; disabled?: boolean; onSave: (value: string | null) => Promise<unknown> };

/** A text saved when the manager leaves the field (only when changed), with "Saved" read out politely. */
export function SavedTextArea({ label, hint, initial, rows = 4, disabled = false, onSave }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial ?? '');
  const [last, setLast] = useState(initial ?? '');
  const [state, setState] = useState<SaveState>('idle');
  const save = () => {
    if (value === last || disabled) return;
    setState('saving');
    onSave(value.trim() === '' ? null : value.trim()).then(() => { setLast(value); setState('saved'); }, () => setState('error'));
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>{label}</label>
      {hint !== undefined && <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
      <textarea id={id} className="input textarea" rows={rows} value={value} disabled={disabled}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        onChange={(e) => { setValue(e.target.value); if (state === 'saved') setState('idle'); }} onBlur={save} />
      <SaveStatus state={value !== last && state !== 'saving' ? 'idle' : state} />
    </div>
  );
}

export function SaveStatus({ state }: { state: SaveState }) {
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'error' ? 'Not saved: try again' : '';
  return <p className={`save-status save-${state}`} role="status" aria-live="polite">{text}</p>;
}
