// A Salesforce data export (API field names): Opportunity.csv (required),
// OpportunityHistory.csv, Account.csv, User.csv, Task.csv and Event.csv (optional).
import type { AccountRecord, ActivityRecord } from '../core/crm/records.ts';
import type { ImportPlan, Located, ProblemSink, RecordStream } from './import-plan.ts';
import { openTable, type Table } from './csv-table.ts';
import { findFile, requireFile, type ImportFolder } from './locate-files.ts';
import { readWholeTable, streamList } from './record-stream.ts';
import { RepairTally } from './repair-tally.ts';
import { ACTIVITY_COLUMNS, streamSalesforceActivities } from './salesforce-activities.ts';
import { HISTORY_COLUMNS, streamSalesforceFieldHistory, streamSalesforceStageHistory } from './salesforce-history.ts';
import { DEAL_COLUMNS, streamSalesforceDeals } from './salesforce-opportunities.ts';
import { USER_COLUMNS, readSalesforceUsers } from './salesforce-people.ts';
import { scanSalesforceStages } from './salesforce-stages.ts';
import { sizeBandFromEmployees } from './size-band.ts';

type AccountField = 'id' | 'name' | 'industry' | 'employees' | 'country' | 'isDeleted';
const ACCOUNT_COLUMNS = {
  id: { headers: ['Id'], required: "the account's id" },
  name: { headers: ['Name'], required: "the account's name" },
  industry: { headers: ['Industry'] },
  employees: { headers: ['NumberOfEmployees'] },
  country: { headers: ['BillingCountry'] },
  isDeleted: { headers: ['IsDeleted'] },
} as const;

export async function buildSalesforcePlan(folder: ImportFolder, single: string | null, sink: ProblemSink): Promise<ImportPlan> {
  const files = single ? { path: folder.path, names: [single] } : folder;
  const dealsFile = single ? findFile(files, [single]) : requireFile(files, ['Opportunity.csv'], sink, 'the deals');
  const open = <F extends string>(names: string[], columns: Parameters<typeof openTable<F>>[0]['columns']) => {
    const found = single ? null : findFile(files, names);
    return found ? openTable<F>({ ...found, columns }, sink) : Promise.resolve(null);
  };
  const deals = dealsFile ? await openTable({ ...dealsFile, columns: DEAL_COLUMNS }, sink) : null;
  const history = await open(['OpportunityHistory.csv'], HISTORY_COLUMNS);
  const accounts = await open(['Account.csv'], ACCOUNT_COLUMNS);
  const users = await open(['User.csv'], USER_COLUMNS);
  const tasks = await open(['Task.csv'], ACTIVITY_COLUMNS);
  const events = await open(['Event.csv'], ACTIVITY_COLUMNS);

  const { process, vocabulary } = await scanSalesforceStages(deals, history);
  const plan: ImportPlan = { source: 'salesforce', process };
  if (users) plan.people = streamList(await readSalesforceUsers(users));
  else if (deals) {
    plan.createUnknownOwners = true;
    sink.warning({
      file: deals.file, line: null, column: 'OwnerId', value: null,
      message: 'no User.csv: owners are created from OwnerId as reps with no names (add User.csv to get names and managers)',
    });
  }
  const accountList = accounts ? await readAccounts(accounts, sink) : [];
  if (accounts) plan.accounts = streamList(accountList);
  else if (deals?.has('account')) {
    sink.warning({ file: deals.file, line: null, column: 'AccountId', value: null, message: 'no Account.csv: deals are stored without accounts' });
  }
  if (deals) {
    const segments = new Map(accountList.map(({ record }) => [record.externalId, record.segment ?? null]));
    plan.opportunities = streamSalesforceDeals(deals, vocabulary, { has: accounts !== null, segments }, sink);
  }
  if (history) {
    plan.stageHistory = streamSalesforceStageHistory(history, vocabulary, sink);
    plan.fieldHistory = streamSalesforceFieldHistory(history, vocabulary);
  }
  const activityStreams = [
    ...(tasks ? [streamSalesforceActivities(tasks, 'task', sink)] : []),
    ...(events ? [streamSalesforceActivities(events, 'event', sink)] : []),
  ];
  if (activityStreams.length > 0) plan.activities = concatStreams(activityStreams);
  return plan;
}

async function readAccounts(table: Table<AccountField>, sink: ProblemSink): Promise<Located<AccountRecord>[]> {
  const deleted = new RepairTally(table.file, 'IsDeleted', (n) => `${n} deleted accounts (IsDeleted = 1); skipped`);
  return readWholeTable(table, () => ({
    finish: () => deleted.flush(sink),
    map: (row): AccountRecord | null => {
      if (row.flag('isDeleted')) {
        deleted.note(row.line, row.raw('id'));
        return null;
      }
      const externalId = row.text('id', "the account's id");
      const name = row.text('name', "the account's name");
      const employees = row.count('employees');
      const band = sizeBandFromEmployees(employees);
      const fields = { industry: row.text('industry'), region: row.text('country') };
      if (!externalId || !name) return null;
      return { ...fields, externalId, name, employees, segment: band?.segment ?? null, sizeBand: band?.sizeBand ?? null };
    },
  }));
}

function concatStreams(streams: RecordStream<ActivityRecord>[]): RecordStream<ActivityRecord> {
  return async function* stream() {
    for (const next of streams) yield* next();
  };
}
