// Accounts (and products) named in a deals file, for sources that have no file of their
// own for them: each distinct name becomes a record whose external id is the name. One
// quiet pass over the file (the deals stream reports its problems), shared by every
// stream asked for; memory grows with the distinct names only.
import { unescapeFormula } from './check-formula.ts';
import type { Located, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { readRawChunks } from './raw-csv-chunks.ts';
import { isBlank, readDelimiter } from './read-csv.ts';

export type NamedRecord = { externalId: string; name: string };

export function deriveNamedRecords<F extends string>(
  table: Table<F>, fields: readonly F[],
): (field: F) => RecordStream<NamedRecord> {
  let pass: Promise<Map<F, Located<NamedRecord>[]>> | null = null;
  const collect = async () => {
    const found = (await collectPlain(table, fields)) ?? await collectParsed(table, fields);
    return new Map(fields.map((field) => [field, [...(found.get(field)?.values() ?? [])]]));
  };
  return (field) => async function* stream() {
    pass ??= collect();
    yield* (await pass).get(field) ?? [];
  };
}

type Found<F extends string> = Map<F, Map<string, Located<NamedRecord>>>;

function note<F extends string>(found: Found<F>, field: F, cell: string | null | undefined, file: string, line: number): void {
  const name = cell == null ? undefined : unescapeFormula(cell).trim();
  const seen = found.get(field);
  if (name && seen && !seen.has(name)) seen.set(name, { record: { externalId: name, name }, file, line });
}

async function collectParsed<F extends string>(table: Table<F>, fields: readonly F[]): Promise<Found<F>> {
  const found: Found<F> = new Map(fields.map((field) => [field, new Map()]));
  for await (const row of table.rows({ quiet: true })) {
    for (const field of fields) note(found, field, row.raw(field), row.file, row.line);
  }
  return found;
}

// A plain file (no quotes: one line, one record) is split on its delimiter, several times
// faster than the CSV parser; null when the file is not plain.
async function collectPlain<F extends string>(table: Table<F>, fields: readonly F[]): Promise<Found<F> | null> {
  const found: Found<F> = new Map(fields.map((field) => [field, new Map()]));
  const at = fields.map((field) => [field, table.indexOf(field)] as const);
  const delimiter = await readDelimiter(table.path);
  for await (const chunk of readRawChunks(table.path)) {
    if (chunk.kind === 'unsuitable') return null;
    const lines = chunk.text.split('\n');
    for (let i = 0; i < chunk.lineCount; i += 1) {
      const cells = lines[i]!.split(delimiter);
      if (cells.length !== table.width || isBlank(cells)) continue;
      for (const [field, index] of at) if (index !== null) note(found, field, cells[index], table.file, chunk.firstLine + i);
    }
  }
  return found;
}
