// Accounts and products: plain upserts by external id.
import type { AccountRecord, ProductRecord } from '../../core/crm/records.ts';
import type { RecordStream } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { reportDuplicates } from './problem-queries.ts';
import { createStagingTable, stageRecords, type StagingColumn } from './staging-table.ts';
import { upsertCounted, type EntityCounts } from './upsert-counted.ts';

const ACCOUNT_COLUMNS: StagingColumn<AccountRecord>[] = [
  { name: 'external_id', type: 'text', value: (r) => r.externalId },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'segment', type: 'text', value: (r) => r.segment },
  { name: 'industry', type: 'text', value: (r) => r.industry },
  { name: 'employees', type: 'int', value: (r) => r.employees },
  { name: 'size_band', type: 'text', value: (r) => r.sizeBand },
  { name: 'region', type: 'text', value: (r) => r.region },
];

const PRODUCT_COLUMNS: StagingColumn<ProductRecord>[] = [
  { name: 'external_id', type: 'text', value: (r) => r.externalId },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'series', type: 'text', value: (r) => r.series },
  { name: 'list_price', type: 'numeric', value: (r) => r.listPrice },
];

async function writeSimple<T>(
  ctx: ImportContext, entity: string, table: string, columns: StagingColumn<T>[], stream: RecordStream<T>,
): Promise<EntityCounts> {
  const staging = `stg_${table}`;
  await createStagingTable(ctx.client, staging, columns);
  await stageRecords(ctx.client, staging, columns, stream(), (n) => ctx.progress?.(entity, n), ctx.copyInto);
  await reportDuplicates(ctx.client, staging, 'external_id', 'externalId', ctx.sink.error);
  const names = columns.map((c) => c.name);
  return upsertCounted(ctx.client, {
    table,
    columns: ['org_id', 'source', ...names],
    key: ['org_id', 'external_id'],
    compare: names.filter((n) => n !== 'external_id'),
    source: `SELECT DISTINCT ON (external_id) $1::int AS org_id, $2::text AS source, ${names.join(', ')}
             FROM ${staging} ORDER BY external_id, line`,
    params: [ctx.orgId, ctx.source],
  });
}

export async function writeAccounts(ctx: ImportContext, stream: RecordStream<AccountRecord>): Promise<EntityCounts> {
  return writeSimple(ctx, 'accounts', 'accounts', ACCOUNT_COLUMNS, stream);
}

export async function writeProducts(ctx: ImportContext, stream: RecordStream<ProductRecord>): Promise<EntityCounts> {
  return writeSimple(ctx, 'products', 'products', PRODUCT_COLUMNS, stream);
}
