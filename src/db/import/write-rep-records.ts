// What hangs off a person: activities (by external id) and quotas (by period start).
import type { ActivityRecord, QuotaRecord } from '../../core/crm/records.ts';
import type { RecordStream } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { reportDuplicates, reportRows } from './problem-queries.ts';
import { buildPersonLookup } from './reference-lookups.ts';
import { createStagingTable, stageRecords, type StagingColumn } from './staging-table.ts';
import { upsertCounted, type EntityCounts } from './upsert-counted.ts';

async function checkOwners(ctx: ImportContext, table: string): Promise<void> {
  await buildPersonLookup(ctx.client, ctx.orgId);
  await reportRows(ctx.client, {
    select: `SELECT line, file, owner_ref AS value FROM ${table} s
             WHERE NOT EXISTS (SELECT 1 FROM ref_person r WHERE r.ref = s.owner_ref)`, params: [],
  }, 'owner', (v) => `owner ${JSON.stringify(v)} matches no person`, ctx.sink.error);
}

const ACTIVITIES: StagingColumn<ActivityRecord>[] = [
  { name: 'external_id', type: 'text', value: (r) => r.externalId },
  { name: 'owner_ref', type: 'text', value: (r) => r.ownerRef },
  { name: 'opportunity_ref', type: 'text', value: (r) => r.opportunityRef },
  { name: 'type', type: 'text', value: (r) => r.type },
  { name: 'occurred_at', type: 'timestamp', value: (r) => r.occurredAt },
  { name: 'duration_min', type: 'float8', value: (r) => r.durationMin },
  { name: 'connected', type: 'text', value: (r) => (r.connected == null ? null : r.connected ? 'yes' : 'no') },
];

export async function writeActivities(ctx: ImportContext, stream: RecordStream<ActivityRecord>): Promise<EntityCounts> {
  const table = 'stg_activities';
  await createStagingTable(ctx.client, table, ACTIVITIES);
  const staged = await stageRecords(ctx.client, table, ACTIVITIES, stream(), (n) => ctx.progress?.('activities', n), ctx.copyInto);
  await ctx.client.query(`ANALYZE ${table}`);
  await reportDuplicates(ctx.client, table, 'external_id', 'externalId', ctx.sink.error);
  await checkOwners(ctx, table);
  await reportRows(ctx.client, {
    select: `SELECT line, file, opportunity_ref AS value FROM ${table} s WHERE opportunity_ref IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.org_id = $1 AND o.external_id = s.opportunity_ref)`,
    params: [ctx.orgId],
  }, 'opportunity', (v) => `opportunity ${JSON.stringify(v)} matches no opportunity`, ctx.sink.error);
  return upsertCounted(ctx.client, {
    table: 'activities',
    columns: ['org_id', 'external_id', 'source', 'person_id', 'opportunity_id', 'type', 'occurred_at', 'duration_min', 'connected'],
    key: ['org_id', 'external_id'],
    source: `SELECT DISTINCT ON (s.external_id) $1::int AS org_id, s.external_id, $2::text AS source, p.id AS person_id,
               o.id AS opportunity_id, s.type, s.occurred_at, s.duration_min, s.connected
             FROM ${table} s JOIN ref_person p ON p.ref = s.owner_ref
             LEFT JOIN opportunities o ON o.org_id = $1 AND o.external_id = s.opportunity_ref
             ORDER BY s.external_id, s.line`,
    params: [ctx.orgId, ctx.source],
    bulk: { mode: ctx.bulkLoad, incomingRows: staged },
  });
}

const QUOTAS: StagingColumn<QuotaRecord>[] = [
  { name: 'owner_ref', type: 'text', value: (r) => r.ownerRef },
  { name: 'period_start', type: 'date', value: (r) => r.periodStart },
  { name: 'period_end', type: 'date', value: (r) => r.periodEnd },
  { name: 'amount', type: 'numeric', value: (r) => r.amount },
];

export async function writeQuotas(ctx: ImportContext, stream: RecordStream<QuotaRecord>): Promise<EntityCounts> {
  const table = 'stg_quotas';
  await createStagingTable(ctx.client, table, QUOTAS);
  await stageRecords(ctx.client, table, QUOTAS, stream(), (n) => ctx.progress?.('quotas', n), ctx.copyInto);
  await checkOwners(ctx, table);
  await reportRows(ctx.client, {
    select: `SELECT line, file, period_start::text || ' .. ' || period_end::text AS value FROM ${table}
             WHERE period_end < period_start`, params: [],
  }, 'periodEnd', () => 'the quota period ends before it starts', ctx.sink.error);
  return upsertCounted(ctx.client, {
    table: 'quotas',
    columns: ['org_id', 'person_id', 'period_start', 'period_end', 'amount'],
    key: ['org_id', 'person_id', 'period_start'],
    source: `SELECT DISTINCT ON (p.id, s.period_start) $1::int AS org_id, p.id AS person_id, s.period_start,
               s.period_end, s.amount
             FROM ${table} s JOIN ref_person p ON p.ref = s.owner_ref
             ORDER BY p.id, s.period_start, s.line DESC`,
    params: [ctx.orgId],
  });
}
