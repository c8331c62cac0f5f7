import { Field } from './field.tsx';
import { IconSearch } from './icons.tsx';

type Props = { label: string; value: string; onValueChange: (value: string) => void; placeholder?: string };

/** A search box with a magnifier; the caller decides when to search (usually debounced). */
export function SearchField({ label, value, onValueChange, placeholder }: Props) {
  return (
    <Field label={label}>
      {(control) => (
        <div className="search-input">
          <IconSearch />
          <input
            {...control}
            type="search"
            className="input"
            value={value}
            placeholder={placeholder}
            autoComplete="off"
            onChange={(event) => onValueChange(event.target.value)}
          />
        </div>
      )}
    </Field>
  );
}
