import type { Preset } from '../../../contract/api.ts';

export type ImportSelection = { preset: Preset; files: File[]; mapping: File | null; strict: boolean };

/** The multipart body of POST /api/v1/imports. */
export function buildImportFormData(selection: ImportSelection, dryRun: boolean): FormData {
  const form = new FormData();
  form.set('preset', selection.preset);
  form.set('dryRun', dryRun ? 'true' : 'false');
  if (selection.strict) form.set('strict', 'true');
  if (selection.mapping !== null) form.set('map', selection.mapping, selection.mapping.name);
  for (const file of selection.files) form.append('files', file, file.name);
  return form;
}

/** Identifies a selection, so a preview is only trusted for exactly the files it checked. */
export function selectionKey(selection: ImportSelection): string {
  const describe = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;
  return JSON.stringify([selection.preset, selection.strict, selection.mapping && describe(selection.mapping), selection.files.map(describe)]);
}
