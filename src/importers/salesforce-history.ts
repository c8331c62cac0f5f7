// OpportunityHistory.csv: one row per change of a deal (stage, close date, amount), each
// a snapshot of those fields at CreatedDate. Stage history is the rows where the stage
// differs from the deal's previous row; field history is the close-date and amount
// changes between consecutive rows of one deal. Rows are taken in file order (the export's
// order, by Id, is the order of creation); memory holds one snapshot per deal.
import type { FieldHistoryRecord, StageHistoryRecord } from '../core/crm/records.ts';
import type { Located, ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { RepairTally } from './repair-tally.ts';
import type { RowReader } from './row-reader.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';

export type HistoryField = 'opportunity' | 'createdDate' | 'stage' | 'closeDate' | 'amount' | 'isDeleted';

export const HISTORY_COLUMNS = {
  opportunity: { headers: ['OpportunityId'], required: "the deal's id" },
  createdDate: { headers: ['CreatedDate'], required: 'when the change was made' },
  stage: { headers: ['StageName'], required: 'the stage' },
  closeDate: { headers: ['CloseDate'] },
  amount: { headers: ['Amount'] },
  isDeleted: { headers: ['IsDeleted'] },
} as const;

type Snapshot = { stageKey: string; closeDate: string | null; amount: number | null; at: string };
type Change = { stage?: StageHistoryRecord; fields: FieldHistoryRecord[] };

export function streamSalesforceStageHistory(table: Table<HistoryField>, stages: StageVocabulary, sink: ProblemSink): RecordStream<StageHistoryRecord> {
  return walkHistory(table, stages, sink, false, (change) => (change.stage ? [change.stage] : []));
}

export function streamSalesforceFieldHistory(table: Table<HistoryField>, stages: StageVocabulary): RecordStream<FieldHistoryRecord> {
  // Both streams read the same rows: the stage history stream reports their problems.
  const quiet: ProblemSink = { error: () => {}, warning: () => {} };
  return walkHistory(table, stages, quiet, true, (change) => change.fields);
}

function walkHistory<T>(
  table: Table<HistoryField>, stages: StageVocabulary, sink: ProblemSink, quiet: boolean, pick: (change: Change) => T[],
): RecordStream<T> {
  return async function* stream(): AsyncGenerator<Located<T>> {
    const last = new Map<string, Snapshot>();
    const deleted = new RepairTally(table.file, 'IsDeleted', (n) => `${n} history rows are deleted (IsDeleted = 1); skipped`);
    const backwards = new RepairTally(table.file, 'CreatedDate', (n) => `${n} history rows are older than the deal's previous row; changes computed in file order`);
    for await (const row of table.rows({ quiet })) {
      if (row.flag('isDeleted')) {
        deleted.note(row.line, row.raw('opportunity'));
        continue;
      }
      const change = readChange(row, stages, last, backwards);
      if (!change || row.failed) continue;
      for (const record of pick(change)) yield { record, file: row.file, line: row.line };
    }
    deleted.flush(sink);
    backwards.flush(sink);
  };
}

function readChange(
  row: RowReader<HistoryField>, stages: StageVocabulary, last: Map<string, Snapshot>, backwards: RepairTally,
): Change | null {
  const opportunityRef = row.text('opportunity', "the deal's id");
  const at = row.date('createdDate', 'YYYY-MM-DD', 'when the change was made');
  const word = row.text('stage', 'the stage');
  const stage = word === null ? null : stages.resolve(word);
  if (word !== null && !stage) row.error('stage', stages.unknownMessage(word));
  const closeDate = row.date('closeDate', 'YYYY-MM-DD')?.date ?? null;
  const amount = row.amount('amount');
  if (!opportunityRef || !at || !stage || row.failed) return null;
  const before = last.get(opportunityRef);
  if (before && at.dateTime < before.at) backwards.note(row.line, at.dateTime);
  last.set(opportunityRef, { stageKey: stage.stageKey, closeDate, amount, at: at.dateTime });
  const change: Change = { fields: [] };
  if (!before || before.stageKey !== stage.stageKey) change.stage = { opportunityRef, stageKey: stage.stageKey, enteredAt: at.dateTime };
  if (before && before.closeDate !== closeDate) {
    change.fields.push({ opportunityRef, field: 'expectedCloseAt', oldValue: before.closeDate, newValue: closeDate, changedAt: at.dateTime });
  }
  if (before && before.amount !== amount) {
    change.fields.push({ opportunityRef, field: 'amount', oldValue: text(before.amount), newValue: text(amount), changedAt: at.dateTime });
  }
  return change;
}

function text(value: number | null): string | null {
  return value === null ? null : String(value);
}
