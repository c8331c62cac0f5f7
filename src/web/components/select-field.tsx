import type { ReactNode } from 'react';
import { Field } from './field.tsx';

export type SelectOption = { value: string; label: string };

type Props = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  disabled?: boolean;
  name?: string;
  className?: string;
};

/** A native select with its label: keyboard and screen-reader friendly for free. */
export function SelectField({ label, value, options, onValueChange, hint, error, optional, disabled, name, className }: Props) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => (
        <select
          {...control}
          name={name}
          className="select"
          value={value}
          disabled={disabled}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
