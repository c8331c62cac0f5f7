import { useId, type ReactNode } from 'react';

export type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

type Props = {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  className?: string;
  /** Renders the control, wired to the label, hint and error. */
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with a hint, or an inline error, under it. */
export function Field({ label, hint, error, optional = false, className, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // The error replaces the hint: it says the same thing, more urgently.
  const showHint = hint !== undefined && !error;
  const describedBy = error ? errorId : showHint ? hintId : '';
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy === '' ? undefined : describedBy })}
      {showHint && <p className="field-hint" id={hintId}>{hint}</p>}
      {error ? <p className="field-error" id={errorId}>{error}</p> : null}
    </div>
  );
}
