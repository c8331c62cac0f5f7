// What hangs off an opportunity: stage history, field history and stakeholders. Each
// row names its opportunity by external id; rows are matched on their natural key.
import type { FieldHistoryRecord, StageHistoryRecord, StakeholderRecord } from '../../core/crm/records.ts';
import type { RawCsvSource, RecordStream } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { reportRows } from './problem-queries.ts';
import { stageFile } from './stage-file.ts';
import { analyzeStaging, createStagingTable, type StagingColumn } from './staging-table.ts';
import { upsertCounted, type EntityCounts } from './upsert-counted.ts';

async function stageAndCheck<T>(
  ctx: ImportContext, entity: string, columns: StagingColumn<T>[], stream: RecordStream<T>, checkStage: boolean,
  raw?: RawCsvSource<T>,
): Promise<{ table: string; staged: number }> {
  const table = `stg_${entity.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
  await createStagingTable(ctx.client, table, columns);
  const progress = (n: number) => ctx.progress?.(entity, n);
  const staged = await stageFile(ctx, table, columns, stream, raw, progress);
  await analyzeStaging(ctx.client, table, ['opportunity_ref', ...(checkStage ? ['stage_key'] : [])]);
  await reportRows(ctx.client, {
    select: `SELECT line, file, opportunity_ref AS value FROM ${table} s
             WHERE NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.org_id = $1 AND o.external_id = s.opportunity_ref)`,
    params: [ctx.orgId],
  }, 'opportunity', (v) => `opportunity ${JSON.stringify(v)} matches no opportunity`, ctx.sink.error);
  if (checkStage) {
    await reportRows(ctx.client, {
      select: `SELECT line, file, stage_key AS value FROM ${table} s
               WHERE NOT EXISTS (SELECT 1 FROM stages st WHERE st.org_id = $1 AND st.key = s.stage_key)`,
      params: [ctx.orgId],
    }, 'stage', (v) => `stage ${JSON.stringify(v)} is not a stage of the process`, ctx.sink.error);
  }
  return { table, staged };
}

const STAGE_HISTORY: StagingColumn<StageHistoryRecord>[] = [
  { name: 'opportunity_ref', type: 'text', value: (r) => r.opportunityRef },
  { name: 'stage_key', type: 'text', value: (r) => r.stageKey },
  { name: 'entered_at', type: 'timestamp', value: (r) => r.enteredAt },
];

export async function writeStageHistory(
  ctx: ImportContext, stream: RecordStream<StageHistoryRecord>, raw?: RawCsvSource<StageHistoryRecord>,
): Promise<EntityCounts> {
  const { table, staged } = await stageAndCheck(ctx, 'stageHistory', STAGE_HISTORY, stream, true, raw);
  return upsertCounted(ctx.client, {
    table: 'stage_history',
    columns: ['org_id', 'opportunity_id', 'stage_id', 'entered_at'],
    key: ['org_id', 'opportunity_id', 'entered_at', 'stage_id'],
    compare: [],
    source: `SELECT DISTINCT $1::int AS org_id, o.id AS opportunity_id, st.id AS stage_id, s.entered_at
             FROM ${table} s
             JOIN opportunities o ON o.org_id = $1 AND o.external_id = s.opportunity_ref
             JOIN stages st ON st.org_id = $1 AND st.key = s.stage_key`,
    params: [ctx.orgId],
    bulk: { mode: ctx.bulkLoad, incomingRows: staged, orgId: ctx.orgId },
  });
}

const FIELD_HISTORY: StagingColumn<FieldHistoryRecord>[] = [
  { name: 'opportunity_ref', type: 'text', value: (r) => r.opportunityRef },
  { name: 'field', type: 'text', value: (r) => r.field },
  { name: 'old_value', type: 'text', value: (r) => r.oldValue },
  { name: 'new_value', type: 'text', value: (r) => r.newValue },
  { name: 'changed_at', type: 'timestamp', value: (r) => r.changedAt },
];

export async function writeFieldHistory(ctx: ImportContext, stream: RecordStream<FieldHistoryRecord>): Promise<EntityCounts> {
  const { table, staged } = await stageAndCheck(ctx, 'fieldHistory', FIELD_HISTORY, stream, false);
  return upsertCounted(ctx.client, {
    table: 'field_history',
    columns: ['org_id', 'opportunity_id', 'field', 'old_value', 'new_value', 'changed_at'],
    key: ['org_id', 'opportunity_id', 'field', 'changed_at'],
    source: `SELECT DISTINCT ON (o.id, s.field, s.changed_at) $1::int AS org_id, o.id AS opportunity_id,
               s.field, s.old_value, s.new_value, s.changed_at
             FROM ${table} s JOIN opportunities o ON o.org_id = $1 AND o.external_id = s.opportunity_ref
             ORDER BY o.id, s.field, s.changed_at, s.line DESC`,
    params: [ctx.orgId],
    bulk: { mode: ctx.bulkLoad, incomingRows: staged },
  });
}

const STAKEHOLDERS: StagingColumn<StakeholderRecord>[] = [
  { name: 'opportunity_ref', type: 'text', value: (r) => r.opportunityRef },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'role', type: 'text', value: (r) => r.role },
  { name: 'influence', type: 'text', value: (r) => r.influence },
  { name: 'stance', type: 'text', value: (r) => r.stance },
  { name: 'engaged_at', type: 'date', value: (r) => r.engagedAt },
];

export async function writeStakeholders(ctx: ImportContext, stream: RecordStream<StakeholderRecord>): Promise<EntityCounts> {
  const { table, staged } = await stageAndCheck(ctx, 'stakeholders', STAKEHOLDERS, stream, false);
  return upsertCounted(ctx.client, {
    table: 'stakeholders',
    columns: ['org_id', 'opportunity_id', 'name', 'role', 'influence', 'stance', 'engaged_at'],
    key: ['org_id', 'opportunity_id', 'name'],
    source: `SELECT DISTINCT ON (o.id, s.name) $1::int AS org_id, o.id AS opportunity_id, s.name, s.role,
               s.influence, s.stance, s.engaged_at
             FROM ${table} s JOIN opportunities o ON o.org_id = $1 AND o.external_id = s.opportunity_ref
             ORDER BY o.id, s.name, s.line DESC`,
    params: [ctx.orgId],
    bulk: { mode: ctx.bulkLoad, incomingRows: staged },
  });
}
