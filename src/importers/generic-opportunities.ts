// Opportunities of the generic preset, one per row of the opportunities file.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import type { DateFormat } from './parse-date.ts';
import { RepairTally } from './repair-tally.ts';
import { streamTable } from './record-stream.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';

type Field = FieldOf<'opportunities'>;
const WHAT = REQUIRED.opportunities;

export function streamGenericOpportunities(
  table: Table<Field>, stages: StageVocabulary, dateFormat: DateFormat, sink: ProblemSink,
): RecordStream<OpportunityRecord> {
  return streamTable(table, () => {
    const openClosed = new RepairTally(table.file, null, (n) => `${n} open deals have a close date; stored as the expected close date`);
    const closedUndated = new RepairTally(table.file, null, (n) => `${n} won or lost deals have no close date; cycle-time and window KPIs leave them out`);
    return {
      map: (row): OpportunityRecord | null => {
        const externalId = row.text('externalId', WHAT.externalId);
        const ownerRef = row.text('owner', WHAT.owner);
        const word = row.text('stage', WHAT.stage);
        const stage = word === null ? null : stages.resolve(word);
        if (word !== null && stage === null) row.error('stage', stages.unknownMessage(word));
        const date = (field: Field) => row.date(field, dateFormat)?.date ?? null;
        const deal = {
          name: row.text('name'), accountRef: row.text('account'), productRef: row.text('product'),
          segment: row.text('segment'), amount: row.amount('amount'), currency: row.text('currency'),
          createdAt: date('createdAt'), engagedAt: date('engagedAt'), expectedCloseAt: date('expectedCloseAt'),
          closedAt: date('closedAt'), lossReason: row.text('lossReason'),
        };
        if (!externalId || !ownerRef || !stage || row.failed) return null;
        const record: OpportunityRecord = {
          ...deal, externalId, ownerRef, name: deal.name ?? externalId, stageKey: stage.stageKey, outcome: stage.outcome,
        };
        checkCloseOrder(row, { createdAt: 'createdAt', engagedAt: 'engagedAt', closedAt: 'closedAt' }, record);
        if (table.has('amount')) warnWonWithoutAmount(row, 'amount', record);
        if (record.outcome === 'open' && record.closedAt) {
          openClosed.note(row.line, record.closedAt);
          record.expectedCloseAt ??= record.closedAt;
          record.closedAt = null;
        } else if (record.outcome !== 'open' && !record.closedAt) {
          closedUndated.note(row.line, externalId);
        }
        return record;
      },
      finish: () => {
        openClosed.flush(sink);
        closedUndated.flush(sink);
      },
    };
  });
}
