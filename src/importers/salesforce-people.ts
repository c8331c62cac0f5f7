// User.csv: the people behind OwnerId. Salesforce has no rep/manager flag, so the role is
// read from the hierarchy: someone with reports is a manager, someone whose reports
// include managers is a leader, everyone else a rep. UserRole (a role name such as
// "Western Sales Team") becomes the team when the export carries it.
import type { PersonRecord } from '../core/crm/records.ts';
import type { Located } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { orderByHierarchy } from './order-people.ts';
import { readWholeTable } from './record-stream.ts';

export type UserField = 'id' | 'name' | 'firstName' | 'lastName' | 'email' | 'title' | 'managerId' | 'role' | 'isActive' | 'isDeleted';

export const USER_COLUMNS = {
  id: { headers: ['Id'], required: "the user's id" },
  name: { headers: ['Name'] },
  firstName: { headers: ['FirstName'] },
  lastName: { headers: ['LastName'] },
  email: { headers: ['Email'] },
  title: { headers: ['Title'] },
  managerId: { headers: ['ManagerId'] },
  role: { headers: ['UserRole', 'UserRole.Name', 'UserRoleName'] },
  isActive: { headers: ['IsActive'] },
  isDeleted: { headers: ['IsDeleted'] },
} as const;

export async function readSalesforceUsers(table: Table<UserField>): Promise<Located<PersonRecord>[]> {
  const users = await readWholeTable(table, () => ({
    map: (row): PersonRecord | null => {
      const externalId = row.text('id', "the user's id");
      const joined = [row.text('firstName'), row.text('lastName')].filter(Boolean).join(' ');
      const name = row.text('name') ?? (joined || null);
      if (!name) row.error(table.has('name') ? 'name' : 'lastName', "expected a value: the user's name is required");
      const person = {
        email: row.text('email'), title: row.text('title'), managerRef: row.text('managerId'), team: row.text('role'),
        active: row.flag('isActive'),
      };
      if (!externalId || !name) return null;
      const { active, ...rest } = person;
      return { ...rest, externalId, name, role: 'rep', ...(active === null ? {} : { active }) };
    },
  }));
  const reportsTo = new Map<string, PersonRecord[]>();
  for (const { record } of users) {
    if (record.managerRef) reportsTo.set(record.managerRef, [...(reportsTo.get(record.managerRef) ?? []), record]);
  }
  const roleOf = (person: PersonRecord): PersonRecord['role'] => {
    const reports = reportsTo.get(person.externalId) ?? [];
    if (reports.length === 0) return 'rep';
    return reports.some((report) => reportsTo.has(report.externalId)) ? 'leader' : 'manager';
  };
  return orderByHierarchy(users.map((located) => ({ ...located, record: { ...located.record, role: roleOf(located.record) } })));
}
