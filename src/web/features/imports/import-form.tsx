import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport, Preset } from '../../../contract/api.ts';
import { apiSend } from '../../api/client.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { Spinner } from '../../components/spinner.tsx';
import { buildImportFormData, selectionKey, type ImportSelection } from './build-import-form-data.ts';
import { ImportFileFields } from './import-file-fields.tsx';
import { importPresets } from './import-presets.ts';
import { ImportReportView } from './import-report-view.tsx';

const presetOptions = importPresets.map(({ value, label }) => ({ value, label }));
type Result = { report: ImportReport; key: string };

/** Choose files, preview (dry run), then import what was previewed. */
export function ImportForm() {
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<ImportSelection>({ preset: 'generic', files: [], mapping: null, strict: false });
  const [filesError, setFilesError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const key = selectionKey(selection);

  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) =>
      apiSend<ImportReport>('POST', '/api/v1/imports', buildImportFormData(selection, dryRun)),
    onSuccess: (report) => {
      setResult({ report, key });
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
      // A real import changes what every page shows.
      if (!report.dryRun && report.errors.length === 0) void queryClient.invalidateQueries();
    },
  });

  const change = (next: Partial<ImportSelection>) => {
    setSelection((current) => ({ ...current, ...next }));
    if (next.files !== undefined && next.files.length > 0) setFilesError(null);
    run.reset();
  };
  const submit = (dryRun: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    if (selection.files.length === 0) {
      setFilesError('Choose at least one CSV file.');
      return;
    }
    run.mutate({ dryRun });
  };

  const current = result !== null && result.key === key ? result.report : null;
  const previewOk = current !== null && current.dryRun && current.errors.length === 0;
  const imported = current !== null && !current.dryRun && current.errors.length === 0;
  const preset = importPresets.find((p) => p.value === selection.preset);
  const pending = run.isPending ? (run.variables.dryRun ? 'Checking your files…' : 'Importing…') : null;

  return (
    <div className="stack-lg">
      <form className="form form-narrow" onSubmit={submit(true)} noValidate aria-describedby="import-explainer">
        <p id="import-explainer" className="text-secondary">
          An import is all-or-nothing: if any row has an error, nothing is written. Importing the same files again changes nothing.
        </p>
        <SelectField label="CSV layout" name="preset" value={selection.preset} options={presetOptions}
          onValueChange={(value) => change({ preset: value as Preset })} hint={preset?.explanation} />
        <ImportFileFields selection={selection} onChange={change} filesError={filesError} />
        <div className="form-actions">
          {/* The next step is the primary button: preview first, then import. */}
          <button type="submit" className={previewOk ? 'button' : 'button button-primary'} disabled={run.isPending}>Preview (dry run)</button>
          <button type="button" className={previewOk ? 'button button-primary' : 'button'} disabled={!previewOk || run.isPending} onClick={() => submit(false)()}>
            Import
          </button>
          <span className="text-secondary" id="import-hint">
            {imported ? 'Imported. Choose new files to import more.'
              : previewOk ? 'The preview found no errors: you can import.'
              : 'Import becomes available after a preview without errors.'}
          </span>
        </div>
      </form>

      <div aria-live="polite" className="stack-lg">
        {pending !== null && (
          <div className="progress-inline"><Spinner /> {pending}</div>
        )}
        {run.isError && <Alert tone="danger" title="The files could not be sent">{run.error.message}</Alert>}
        {current !== null && pending === null && <ImportReportView report={current} />}
      </div>
    </div>
  );
}
