// Opportunities of the generic preset, one per row of the opportunities file.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { ProblemSink, RawCsvSource, RawRowCheck, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import type { DateFormat } from './parse-date.ts';
import type { RowReader } from './row-reader.ts';
import { RepairTally } from './repair-tally.ts';
import { rawSourceOf, rawStageWords } from './raw-csv-source.ts';
import { streamTable, type RowMapper } from './record-stream.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';

type Field = FieldOf<'opportunities'>;
const WHAT = REQUIRED.opportunities;

export function streamGenericOpportunities(
  table: Table<Field>, stages: StageVocabulary, dateFormat: DateFormat, sink: ProblemSink,
): RecordStream<OpportunityRecord> {
  return streamTable(table, () => opportunityMapper(table, stages, dateFormat, sink));
}

/**
 * The same file as a raw source for the database (ADR 013), when its dates are ISO. Rows
 * that need a problem reported or a repair (counted in a summary warning) are left to the
 * mapper below, so that every report and count is the parser lane's.
 */
export function rawGenericOpportunities(
  table: Table<Field>, stages: StageVocabulary, dateFormat: DateFormat, sink: ProblemSink,
): RawCsvSource<OpportunityRecord> | undefined {
  const [externalId, owner, stage] = [table.indexOf('externalId'), table.indexOf('owner'), table.indexOf('stage')];
  if (dateFormat !== 'YYYY-MM-DD' || externalId === null || owner === null || stage === null) return undefined;
  const words = rawStageWords(stages);
  const optional = (field: Field) => ({ kind: 'optionalText', index: table.indexOf(field) }) as const;
  const date = (field: Field) => ({ kind: 'date', index: table.indexOf(field) }) as const;
  const checks: RawRowCheck[] = [
    { kind: 'notBefore', column: 'closed_at', earlier: ['created_at', 'engaged_at'] },
    { kind: 'nullWhen', column: 'closed_at', when: { column: 'outcome', equals: 'open' } },
    { kind: 'presentWhen', column: 'closed_at', when: { column: 'outcome', differs: 'open' } },
  ];
  if (table.has('amount')) checks.push({ kind: 'presentWhen', column: 'amount', when: { column: 'outcome', equals: 'won' } });
  return rawSourceOf(table, {
    external_id: { kind: 'text', index: externalId },
    name: { kind: 'optionalText', index: table.indexOf('name'), orIndex: externalId },
    owner_ref: { kind: 'text', index: owner },
    account_ref: optional('account'), product_ref: optional('product'), segment: optional('segment'),
    amount: { kind: 'amount', index: table.indexOf('amount') },
    currency: optional('currency'),
    stage_key: { kind: 'stage', index: stage, words },
    outcome: { kind: 'outcome', index: stage, words },
    created_at: date('createdAt'), engaged_at: date('engagedAt'), expected_close_at: date('expectedCloseAt'),
    closed_at: date('closedAt'),
    loss_reason: optional('lossReason'),
  }, () => opportunityMapper(table, stages, dateFormat, sink), checks);
}

function opportunityMapper(
  table: Table<Field>, stages: StageVocabulary, dateFormat: DateFormat, sink: ProblemSink,
): RowMapper<Field, OpportunityRecord> {
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
}

// A plain function, not a closure made per row: the hot path runs it millions of times.
function dateOf(row: RowReader<Field>, field: Field, format: DateFormat): string | null {
  return row.date(field, format)?.date ?? null;
}
