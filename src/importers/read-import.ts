// The importers' entry point: a folder (or a single CSV file) and a preset in, an
// ImportPlan out. Small files are read now and their problems reported now; big files are
// streamed later, when the import use-case reads the plan's streams.
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { ImportPlan, ProblemSink } from './import-plan.ts';
import { buildGenericPlan } from './preset-generic.ts';
import { buildHubspotPlan } from './preset-hubspot.ts';
import { buildMavenPlan } from './preset-maven.ts';
import { buildSalesforcePlan } from './preset-salesforce.ts';
import { listFolder, type ImportFolder } from './locate-files.ts';

export type ImportPreset = 'generic' | 'salesforce' | 'hubspot' | 'maven';
export type ImportOptions = { preset: ImportPreset; mapPath?: string; strict?: boolean };

export async function buildImportPlan(input: string, options: ImportOptions, sink: ProblemSink): Promise<ImportPlan> {
  const problems = options.strict ? treatWarningsAsErrors(sink) : sink;
  const empty: ImportPlan = { source: options.preset, process: [] };
  const target = resolve(input);
  const kind = await pathKind(target);
  if (kind === 'missing') {
    problems.error({ file: input, line: null, column: null, value: null, message: 'no such file or folder; expected a folder of CSV files or one CSV file' });
    return empty;
  }
  if (options.mapPath && options.preset !== 'generic') {
    problems.error({
      file: options.mapPath, line: null, column: null, value: null,
      message: `--map is read by the generic preset only; expected --preset generic (the ${options.preset} preset has its own layout)`,
    });
    return empty;
  }
  // A single file is the preset's main file (the deals), read from its folder.
  const folder: ImportFolder = kind === 'folder'
    ? await listFolder(target)
    : { path: dirname(target), names: [basename(target)] };
  const single = kind === 'file' ? basename(target) : null;
  switch (options.preset) {
    case 'maven':
      if (single) {
        problems.error({ file: single, line: null, column: null, value: null, message: 'the maven preset reads a folder; expected the folder holding sales_pipeline.csv, sales_teams.csv, accounts.csv and products.csv' });
        return empty;
      }
      return buildMavenPlan(folder, problems);
    case 'salesforce':
      return buildSalesforcePlan(folder, single, problems);
    case 'hubspot':
      return buildHubspotPlan(folder, single, problems);
    case 'generic':
      return buildGenericPlan(folder, single, options.mapPath ? resolve(options.mapPath) : null, problems);
  }
}

/** --strict: every warning is reported as an error, so that nothing is written. */
function treatWarningsAsErrors(sink: ProblemSink): ProblemSink {
  return { error: (problem) => sink.error(problem), warning: (problem) => sink.error(problem) };
}

async function pathKind(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}
