import './deal-stall.css';
import { useId } from 'react';

type Props = { value: string; onChange: (value: string) => void; max?: string; hint?: string };

/** The date a page is judged as of: a date input, with "Today" to go back to the default. */
export function AsOfField({ value, onChange, max, hint }: Props) {
  const id = useId();
  return (
    <div className="field as-of-field">
      <label className="field-label" htmlFor={id}>As of</label>
      <div className="as-of-control">
        <input id={id} className="input" type="date" value={value} max={max}
          aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
          onChange={(event) => { if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onChange(event.target.value); }} />
        <button type="button" className="button button-ghost button-sm" onClick={() => onChange('')}>Default</button>
      </div>
      {hint !== undefined && <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}
