// Opportunity.csv with Salesforce API field names. The outcome comes from IsClosed/IsWon;
// CloseDate is the expected close of an open deal and the close of a closed one.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import { RepairTally } from './repair-tally.ts';
import { streamTable } from './record-stream.ts';
import type { ResolvedStage, StageVocabulary } from './stage-vocabulary.ts';
import type { RowReader } from './row-reader.ts';

export type DealField =
  | 'id' | 'name' | 'account' | 'owner' | 'stage' | 'sortOrder' | 'amount' | 'currency' | 'closeDate'
  | 'createdDate' | 'isClosed' | 'isWon' | 'isDeleted';

export const DEAL_COLUMNS = {
  id: { headers: ['Id'], required: "the deal's id" },
  name: { headers: ['Name'] },
  account: { headers: ['AccountId'] },
  owner: { headers: ['OwnerId'], required: "the deal's owner" },
  stage: { headers: ['StageName'], required: "the deal's stage" },
  sortOrder: { headers: ['StageSortOrder'] },
  amount: { headers: ['Amount'] },
  currency: { headers: ['CurrencyIsoCode'] },
  closeDate: { headers: ['CloseDate'] },
  createdDate: { headers: ['CreatedDate'] },
  isClosed: { headers: ['IsClosed'] },
  isWon: { headers: ['IsWon'] },
  isDeleted: { headers: ['IsDeleted'] },
} as const;

export type AccountLookup = { has: boolean; segments: ReadonlyMap<string, string | null> };

export function streamSalesforceDeals(
  table: Table<DealField>, stages: StageVocabulary, accounts: AccountLookup, sink: ProblemSink,
): RecordStream<OpportunityRecord> {
  return streamTable(table, () => {
    const deleted = new RepairTally(table.file, 'IsDeleted', (n) => `${n} deleted deals (IsDeleted = 1); skipped`);
    // Records loaded into Salesforce get the load time as CreatedDate, so a CloseDate
    // before it means "created date unknown", not a bad close date.
    const loaded = new RepairTally(table.file, 'CreatedDate', (n) => `${n} closed deals have a CloseDate before their CreatedDate (records loaded into Salesforce after the fact); created date stored as unknown`);
    return {
      map: (row): OpportunityRecord | null => {
        if (row.flag('isDeleted')) {
          deleted.note(row.line, row.raw('id'));
          return null;
        }
        const externalId = row.text('id', "the deal's id");
        const ownerRef = row.text('owner', "the deal's owner");
        const stage = readStage(row, stages);
        const created = row.date('createdDate', 'YYYY-MM-DD');
        const close = row.date('closeDate', 'YYYY-MM-DD');
        const accountId = row.text('account');
        const name = row.text('name');
        const amount = row.amount('amount');
        const currency = row.text('currency');
        if (!externalId || !ownerRef || !stage || row.failed) return null;
        const closed = stage.outcome !== 'open';
        const accountRef = accounts.has ? accountId : null;
        const deal: OpportunityRecord = {
          externalId, name: name ?? externalId, ownerRef, accountRef, amount, currency,
          segment: accountRef ? (accounts.segments.get(accountRef) ?? null) : null,
          stageKey: stage.stageKey, outcome: stage.outcome, createdAt: created?.date ?? null,
          expectedCloseAt: closed ? null : (close?.date ?? null), closedAt: closed ? (close?.date ?? null) : null,
        };
        if (deal.closedAt && deal.createdAt && deal.closedAt < deal.createdAt) {
          loaded.note(row.line, row.raw('createdDate'));
          deal.createdAt = null;
        }
        checkCloseOrder(row, { createdAt: 'createdDate', closedAt: 'closeDate' }, deal);
        if (table.has('amount')) warnWonWithoutAmount(row, 'amount', deal);
        return deal;
      },
      finish: () => {
        deleted.flush(sink);
        loaded.flush(sink);
      },
    };
  });
}

/** IsClosed / IsWon decide the outcome; StageName names the open stage. */
function readStage(row: RowReader<DealField>, stages: StageVocabulary): ResolvedStage | null {
  const word = row.text('stage', "the deal's stage");
  const isClosed = row.flag('isClosed');
  const isWon = row.flag('isWon');
  if (word === null) return null;
  if (isClosed === true) return isWon ? { stageKey: 'won', outcome: 'won' } : { stageKey: 'lost', outcome: 'lost' };
  const stage = stages.resolve(word);
  if (!stage) {
    row.error('stage', stages.unknownMessage(word));
    return null;
  }
  if (isClosed === false && stage.outcome !== 'open') {
    row.error('isClosed', `stage "${word}" is a closed stage but IsClosed is 0; expected IsClosed = 1`);
    return null;
  }
  return stage;
}
