// People of the generic preset. The file is read whole (people files are small) so that
// roles left empty can be inferred and everyone comes after their manager in the stream.
// People named only as managers are created by the writer (src/db/import/write-people.ts),
// which also knows who is already in the database.
import type { PersonRecord } from '../core/crm/records.ts';
import type { Located, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import type { DateFormat } from './parse-date.ts';
import { findPersonByRef, orderByHierarchy } from './order-people.ts';
import { readWholeTable } from './record-stream.ts';
import type { RowReader } from './row-reader.ts';

type Field = FieldOf<'people'>;
const ROLES = ['rep', 'manager', 'leader'] as const;

export function streamGenericPeople(table: Table<Field>, dateFormat: DateFormat): RecordStream<PersonRecord> {
  return async function* stream() {
    const roleGiven = new Set<PersonRecord>();
    const people = await readWholeTable(table, () => ({
      map: (row) => {
        const person = readPerson(row, dateFormat);
        if (person && row.raw('role')?.trim()) roleGiven.add(person);
        return person;
      },
    }));
    yield* orderByHierarchy(inferRoles(people, roleGiven));
  };
}

function readPerson(row: RowReader<Field>, dateFormat: DateFormat): PersonRecord | null {
  const name = row.text('name', REQUIRED.people.name);
  const person = {
    externalId: row.text('externalId'), role: row.choice('role', ROLES) ?? 'rep', managerRef: row.text('manager'),
    email: row.text('email'), title: row.text('title'), team: row.text('team'), region: row.text('region'),
    hiredAt: row.date('hiredAt', dateFormat)?.date ?? null, active: row.flag('active'),
  };
  if (!name) return null;
  const { active, ...rest } = person;
  return { ...rest, name, externalId: person.externalId ?? name, ...(active === null ? {} : { active }) };
}

/** A person someone reports to, whose role cell is empty, is a manager. */
function inferRoles(people: readonly Located<PersonRecord>[], roleGiven: ReadonlySet<PersonRecord>): Located<PersonRecord>[] {
  const find = findPersonByRef(people);
  const managers = new Set<PersonRecord>();
  for (const { record } of people) {
    const manager = record.managerRef ? find(record.managerRef) : undefined;
    if (manager) managers.add(manager.record);
  }
  return people.map((located) => (managers.has(located.record) && !roleGiven.has(located.record)
    ? { ...located, record: { ...located.record, role: 'manager' } }
    : located));
}
