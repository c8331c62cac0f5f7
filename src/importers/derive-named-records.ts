// Accounts (and products) named in a deals file, for sources that have no file of their
// own for them: each distinct name becomes a record whose external id is the name. One
// quiet pass over the file (the deals stream reports its problems), shared by every
// stream asked for; memory grows with the distinct names only.
import type { Located, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';

export type NamedRecord = { externalId: string; name: string };

export function deriveNamedRecords<F extends string>(
  table: Table<F>, fields: readonly F[],
): (field: F) => RecordStream<NamedRecord> {
  let pass: Promise<Map<F, Located<NamedRecord>[]>> | null = null;
  const collect = async () => {
    const found = new Map<F, Map<string, Located<NamedRecord>>>(fields.map((field) => [field, new Map()]));
    for await (const row of table.rows({ quiet: true })) {
      for (const field of fields) {
        const name = row.raw(field)?.trim();
        const seen = found.get(field);
        if (name && seen && !seen.has(name)) seen.set(name, { record: { externalId: name, name }, file: row.file, line: row.line });
      }
    }
    return new Map(fields.map((field) => [field, [...(found.get(field)?.values() ?? [])]]));
  };
  return (field) => async function* stream() {
    pass ??= collect();
    yield* (await pass).get(field) ?? [];
  };
}
