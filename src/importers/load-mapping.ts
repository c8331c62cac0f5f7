// Reads the mapping file and reports what is wrong with it at its JSON path
// ("opportunities.columns.amount: expected a column name"), all issues at once.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ProblemSink } from './import-plan.ts';
import { MappingFile } from './mapping-schema.ts';

export async function loadMapping(path: string, sink: ProblemSink): Promise<MappingFile | null> {
  const file = basename(path);
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    sink.error({ file, line: null, column: null, value: null, message: `cannot read the mapping file (${code})` });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    sink.error({ file, line, column: null, value: null, message: `the mapping file is not valid JSON: ${message}` });
    return null;
  }
  const parsed = MappingFile.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.map(String).join('.') || '(top level)';
      sink.error({ file, line: null, column: at, value: valueAt(json, issue.path), message: `mapping ${at}: ${issue.message}` });
    }
    return null;
  }
  return parsed.data;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === undefined) return null;
  const text = typeof node === 'string' ? node : JSON.stringify(node);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}
