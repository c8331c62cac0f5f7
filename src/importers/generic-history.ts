// Stage history and field history (close-date pushes, amount changes) of the generic preset.
import type { FieldHistoryRecord, StageHistoryRecord } from '../core/crm/records.ts';
import type { RawCsvSource, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import { parseAmount } from './parse-amount.ts';
import { parseDate, type DateFormat } from './parse-date.ts';
import { rawSourceOf, rawStageWords } from './raw-csv-source.ts';
import { streamTable, type RowMapper } from './record-stream.ts';
import type { RowReader } from './row-reader.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';

const TRACKED_FIELDS = ['expectedCloseAt', 'amount', 'stage'] as const;
type Tracked = (typeof TRACKED_FIELDS)[number];

export function streamGenericStageHistory(
  table: Table<FieldOf<'stageHistory'>>, stages: StageVocabulary, dateFormat: DateFormat,
): RecordStream<StageHistoryRecord> {
  return streamTable(table, () => stageHistoryMapper(stages, dateFormat));
}

/**
 * The same file as a raw source for the database (ADR 013), when its dates are ISO (the
 * only layout the database reads itself); the stream above remains the fallback.
 */
export function rawGenericStageHistory(
  table: Table<FieldOf<'stageHistory'>>, stages: StageVocabulary, dateFormat: DateFormat,
): RawCsvSource<StageHistoryRecord> | undefined {
  const at = (field: FieldOf<'stageHistory'>) => table.indexOf(field);
  const [opportunity, stage, enteredAt] = [at('opportunity'), at('stage'), at('enteredAt')];
  if (dateFormat !== 'YYYY-MM-DD' || opportunity === null || stage === null || enteredAt === null) return undefined;
  const words = rawStageWords(stages);
  return rawSourceOf(table, {
    opportunity_ref: { kind: 'text', index: opportunity },
    stage_key: { kind: 'stage', index: stage, words },
    entered_at: { kind: 'timestamp', index: enteredAt },
  }, () => stageHistoryMapper(stages, dateFormat));
}

function stageHistoryMapper(stages: StageVocabulary, dateFormat: DateFormat): RowMapper<FieldOf<'stageHistory'>, StageHistoryRecord> {
  const what = REQUIRED.stageHistory;
  return {
    map: (row) => {
      const opportunityRef = row.text('opportunity', what.opportunity);
      const word = row.text('stage', what.stage);
      const stage = word === null ? null : stages.resolve(word);
      if (word !== null && stage === null) row.error('stage', stages.unknownMessage(word));
      const entered = row.date('enteredAt', dateFormat, what.enteredAt);
      if (!opportunityRef || !stage || !entered) return null;
      return { opportunityRef, stageKey: stage.stageKey, enteredAt: entered.dateTime };
    },
  };
}

export function streamGenericFieldHistory(
  table: Table<FieldOf<'fieldHistory'>>, stages: StageVocabulary, dateFormat: DateFormat,
): RecordStream<FieldHistoryRecord> {
  const what = REQUIRED.fieldHistory;
  return streamTable(table, () => ({
    map: (row) => {
      const opportunityRef = row.text('opportunity', what.opportunity);
      const field = row.choice('field', TRACKED_FIELDS);
      if (field === null && row.raw('field')?.trim() === '') row.error('field', `expected a value: ${what.field} is required`);
      const changed = row.date('changedAt', dateFormat, what.changedAt);
      if (!opportunityRef || !field || !changed) return null;
      const oldValue = normalise(row, 'oldValue', field, stages, dateFormat);
      const newValue = normalise(row, 'newValue', field, stages, dateFormat);
      return { opportunityRef, field, oldValue, newValue, changedAt: changed.dateTime };
    },
  }));
}

/** Old and new values in the form the opportunity stores them: ISO date, number, stage key. */
function normalise(
  row: RowReader<FieldOf<'fieldHistory'>>, column: 'oldValue' | 'newValue', field: Tracked,
  stages: StageVocabulary, dateFormat: DateFormat,
): string | null {
  const cell = row.raw(column) ?? '';
  const text = cell.trim();
  if (text === '') return null;
  if (field === 'expectedCloseAt') {
    const parsed = parseDate(text, dateFormat);
    if (parsed.ok) return parsed.value.date;
    row.error(column, parsed.message, cell);
    return null;
  }
  if (field === 'amount') {
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.value === null ? null : String(parsed.value);
    row.error(column, parsed.message, cell);
    return null;
  }
  const stage = stages.resolve(text);
  if (!stage) row.error(column, stages.unknownMessage(text), cell);
  return stage?.stageKey ?? null;
}
