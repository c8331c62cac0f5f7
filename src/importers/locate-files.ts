// Finding a preset's files in an import folder. CRM exports differ in case
// (Opportunity.csv, opportunity.csv), so names are matched ignoring case.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProblemSink } from './import-plan.ts';

export type ImportFolder = { path: string; names: readonly string[] };

export async function listFolder(path: string): Promise<ImportFolder> {
  const entries = await readdir(path, { withFileTypes: true });
  return { path, names: entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort() };
}

/** The path and display name of the first of `names` present in the folder, or null. */
export function findFile(folder: ImportFolder, names: readonly string[]): { path: string; file: string } | null {
  for (const wanted of names) {
    const found = folder.names.find((name) => name.toLowerCase() === wanted.toLowerCase());
    if (found) return { path: join(folder.path, found), file: found };
  }
  return null;
}

/** Like findFile, but a missing file is reported as an error. */
export function requireFile(
  folder: ImportFolder, names: readonly string[], sink: ProblemSink, why: string,
): { path: string; file: string } | null {
  const found = findFile(folder, names);
  if (!found) {
    sink.error({
      file: names[0] ?? '', line: null, column: null, value: null,
      message: `missing required file: expected ${names.join(' or ')} in ${folder.path} (${why})`,
    });
  }
  return found;
}
