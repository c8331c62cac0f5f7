// Opportunities of the generic preset, one per row of the opportunities file.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import type { DateFormat } from './parse-date.ts';
import type { RowReader } from './row-reader.ts';
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
        // Every cell is read before giving up on the row, so that all its problems are reported.
        // (An object literal, not a spread: spreading costs microseconds per row.)
        const record: OpportunityRecord = {
          externalId: externalId ?? '', name: row.text('name') ?? externalId ?? '', ownerRef: ownerRef ?? '',
          accountRef: row.text('account'), productRef: row.text('product'), segment: row.text('segment'),
          amount: row.amount('amount'), currency: row.text('currency'),
          stageKey: stage?.stageKey ?? '', outcome: stage?.outcome ?? 'open',
          createdAt: dateOf(row, 'createdAt', dateFormat), engagedAt: dateOf(row, 'engagedAt', dateFormat),
          expectedCloseAt: dateOf(row, 'expectedCloseAt', dateFormat), closedAt: dateOf(row, 'closedAt', dateFormat),
          lossReason: row.text('lossReason'),
        };
        if (!externalId || !ownerRef || !stage || row.failed) return null;
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

// A plain function, not a closure made per row: the hot path runs it millions of times.
function dateOf(row: RowReader<Field>, field: Field, format: DateFormat): string | null {
  return row.date(field, format)?.date ?? null;
}
