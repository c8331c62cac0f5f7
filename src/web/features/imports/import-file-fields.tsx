import { Field } from '../../components/field.tsx';
import { formatCount } from '../../components/format-count.ts';
import type { ImportSelection } from './build-import-form-data.ts';

type Props = { selection: ImportSelection; onChange: (change: Partial<ImportSelection>) => void; filesError: string | null };

const formatSize = (bytes: number) => bytes < 1024 * 1024
  ? `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`
  : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The CSV files of one export, an optional mapping file, and strict mode. */
export function ImportFileFields({ selection, onChange, filesError }: Props) {
  return (
    <>
      <Field label="CSV files" error={filesError}
        hint="All the files of one export, selected together (hold Ctrl or ⌘ to pick several).">
        {(control) => (
          <input {...control} type="file" name="files" className="input-file" multiple accept=".csv,text/csv"
            onChange={(event) => onChange({ files: Array.from(event.target.files ?? []) })} />
        )}
      </Field>
      {selection.files.length > 0 && (
        <ul className="file-list" aria-label="Chosen files">
          {selection.files.map((file) => (
            <li key={`${file.name}-${file.lastModified}`}>
              <span className="mono">{file.name}</span>
              <span className="text-secondary numeric">{formatSize(file.size)}</span>
            </li>
          ))}
        </ul>
      )}
      <Field label="Mapping file" optional
        hint="A JSON file naming your columns, stages and date format, when they differ from the layout above.">
        {(control) => (
          <input {...control} type="file" name="map" className="input-file" accept=".json,application/json"
            onChange={(event) => onChange({ mapping: event.target.files?.[0] ?? null })} />
        )}
      </Field>
      <div className="checkbox">
        <input id="import-strict" type="checkbox" checked={selection.strict}
          onChange={(event) => onChange({ strict: event.target.checked })} aria-describedby="import-strict-hint" />
        <div>
          <label className="checkbox-label" htmlFor="import-strict">Strict mode</label>
          <p className="field-hint" id="import-strict-hint">Treat warnings as errors, so that nothing is imported while any remain.</p>
        </div>
      </div>
    </>
  );
}
