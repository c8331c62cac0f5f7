// Accounts and products of the generic preset, streamed from their files.
import type { AccountRecord, ProductRecord } from '../core/crm/records.ts';
import type { RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import { streamTable } from './record-stream.ts';
import { sizeBandFromEmployees } from './size-band.ts';

export function streamGenericAccounts(table: Table<FieldOf<'accounts'>>): RecordStream<AccountRecord> {
  return streamTable(table, () => ({
    map: (row) => {
      const name = row.text('name', REQUIRED.accounts.name);
      const employees = row.count('employees');
      const account = {
        externalId: row.text('externalId'), segment: row.text('segment'), industry: row.text('industry'),
        sizeBand: row.text('sizeBand'), region: row.text('region'),
      };
      if (!name) return null;
      // Segment and size band come from the employee count only when the file has none.
      const band = sizeBandFromEmployees(employees);
      return {
        ...account, name, externalId: account.externalId ?? name, employees,
        segment: account.segment ?? band?.segment ?? null, sizeBand: account.sizeBand ?? band?.sizeBand ?? null,
      };
    },
  }));
}

export function streamGenericProducts(table: Table<FieldOf<'products'>>): RecordStream<ProductRecord> {
  return streamTable(table, () => ({
    map: (row) => {
      const name = row.text('name', REQUIRED.products.name);
      const externalId = row.text('externalId');
      const listPrice = row.amount('listPrice');
      if (!name) return null;
      return { externalId: externalId ?? name, name, series: row.text('series'), listPrice };
    },
  }));
}
