import { useId, useState } from 'react';

type Props = {
  label: string;
  hint?: string;
  initial: string | null | undefined;
  rows?: number;
  disabled?: boolean;
  onSave: (value: string | null) => Promise<unknown>;
  onDraft?: (value: string) => void;
};

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** A step's text: saved on blur (only when changed), with a "Saved" status read out politely. */
export function StepField({ label, hint, initial, rows = 5, disabled, onSave, onDraft }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial ?? '');
  const [last, setLast] = useState(initial ?? '');
  const [state, setState] = useState<SaveState>('idle');

  const save = () => {
    if (value === last || disabled) return;
    setState('saving');
    onSave(value.trim() === '' ? null : value).then(
      () => { setLast(value); setState('saved'); },
      () => setState('error'),
    );
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>{label}</label>
      {hint !== undefined && <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        disabled={disabled}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        onChange={(event) => { setValue(event.target.value); onDraft?.(event.target.value); if (state === 'saved') setState('idle'); }}
        onBlur={save}
      />
      <SaveStatus state={value !== last && state !== 'saving' ? 'idle' : state} />
    </div>
  );
}

export function SaveStatus({ state }: { state: SaveState }) {
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'error' ? 'Not saved: try again' : '';
  return <p className={`save-status save-${state}`} role="status" aria-live="polite">{text}</p>;
}
