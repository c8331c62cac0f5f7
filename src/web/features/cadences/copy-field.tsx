import { useId, useRef, useState } from 'react';

/** A read-only URL with a Copy button; falls back to selecting the text when the clipboard is refused. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.select();
      setState('select');
    }
  };
  return (
    <div className="copy-field">
      <label className="field-label" htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input ref={input} id={id} className="input mono" readOnly value={value} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button-primary" onClick={() => void copy()}>Copy</button>
      </div>
      <p className="field-hint" role="status">
        {state === 'copied' ? 'Copied. Paste it into your calendar app as a subscription ("from URL").'
          : state === 'select' ? 'Selected: press Ctrl+C (⌘C) to copy.'
          : 'Copy it now: it is shown only once. Anyone with it can read the calendar until it is revoked.'}
      </p>
    </div>
  );
}
