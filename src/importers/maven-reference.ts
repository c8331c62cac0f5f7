// The small Maven files, read whole when the plan is built: sales_teams.csv (people),
// accounts.csv and products.csv. The pipeline needs the product names (to repair
// 'GTXPro') and the account segments before it is streamed.
import type { AccountRecord, PersonRecord, ProductRecord } from '../core/crm/records.ts';
import type { Located, ProblemSink } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { RepairTally } from './repair-tally.ts';
import { readWholeTable } from './record-stream.ts';
import { sizeBandFromEmployees } from './size-band.ts';

export type TeamField = 'agent' | 'manager' | 'office';
export type AccountField = 'name' | 'sector' | 'employees' | 'office';
export type ProductField = 'name' | 'series' | 'price';

export const TEAM_COLUMNS = {
  agent: { headers: ['sales_agent'], required: 'the sales agent' },
  manager: { headers: ['manager'], required: "the agent's manager" },
  office: { headers: ['regional_office'] },
} as const;
export const ACCOUNT_COLUMNS = {
  name: { headers: ['account'], required: "the account's name" },
  sector: { headers: ['sector'] },
  employees: { headers: ['employees'] },
  office: { headers: ['office_location'] },
} as const;
export const PRODUCT_COLUMNS = {
  name: { headers: ['product'], required: "the product's name" },
  series: { headers: ['series'] },
  price: { headers: ['sales_price'] },
} as const;

// Known misspellings in Maven's accounts.sector, repaired with one summary warning.
const SECTOR_REPAIRS: Readonly<Record<string, string>> = { technolgy: 'technology' };

/** Agents as reps and, before them, the managers named in the manager column. */
export async function readMavenPeople(table: Table<TeamField>): Promise<Located<PersonRecord>[]> {
  const reps = await readWholeTable(table, () => ({
    map: (row) => {
      const name = row.text('agent', 'the sales agent');
      const manager = row.text('manager', "the agent's manager");
      if (!name || !manager) return null;
      const region = row.text('office');
      return { externalId: name, name, role: 'rep' as const, managerRef: manager, team: manager, region };
    },
  }));
  const managers = new Map<string, Located<PersonRecord>>();
  for (const { record, file, line } of reps) {
    const name = record.managerRef;
    if (!name || managers.has(name)) continue;
    // Maven has no manager rows: a manager's region is that of their first agent.
    managers.set(name, { record: { externalId: name, name, role: 'manager', team: name, region: record.region ?? null }, file, line });
  }
  return [...managers.values(), ...reps];
}

export async function readMavenAccounts(table: Table<AccountField>, sink: ProblemSink): Promise<Located<AccountRecord>[]> {
  return readWholeTable(table, () => {
    const repaired = new RepairTally(table.file, 'sector', (count) => `${count} accounts have a misspelt sector (technolgy); stored as technology`);
    return {
      map: (row) => {
        const name = row.text('name', "the account's name");
        if (!name) return null;
        const sector = row.text('sector');
        const industry = sector ? (SECTOR_REPAIRS[sector.toLowerCase()] ?? sector) : null;
        if (sector && industry !== sector) repaired.note(row.line, sector);
        const employees = row.count('employees');
        const band = sizeBandFromEmployees(employees);
        return {
          externalId: name, name, industry, employees, region: row.text('office'),
          segment: band?.segment ?? null, sizeBand: band?.sizeBand ?? null,
        };
      },
      finish: () => repaired.flush(sink),
    };
  });
}

export async function readMavenProducts(table: Table<ProductField>): Promise<Located<ProductRecord>[]> {
  return readWholeTable(table, () => ({
    map: (row) => {
      const name = row.text('name', "the product's name");
      if (!name) return null;
      return { externalId: name, name, series: row.text('series'), listPrice: row.amount('price') };
    },
  }));
}

/** Product names compared ignoring spaces and case: the pipeline's 'GTXPro' is 'GTX Pro'. */
export function productKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}
