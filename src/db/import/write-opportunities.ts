// Opportunities: upserted by external id after their owner, account, product and stage
// resolve; every unresolved reference is reported with its line.
import type { OpportunityRecord } from '../../core/crm/records.ts';
import type { RawCsvSource, RecordStream } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { reportDuplicates, reportRows } from './problem-queries.ts';
import { buildAccountLookup, buildPersonLookup, buildProductLookup } from './reference-lookups.ts';
import { stageFile } from './stage-file.ts';
import { analyzeStaging, createStagingTable, type StagingColumn } from './staging-table.ts';
import { upsertCounted, type EntityCounts } from './upsert-counted.ts';

const COLUMNS: StagingColumn<OpportunityRecord>[] = [
  { name: 'external_id', type: 'text', value: (r) => r.externalId },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'owner_ref', type: 'text', value: (r) => r.ownerRef },
  { name: 'account_ref', type: 'text', value: (r) => r.accountRef },
  { name: 'product_ref', type: 'text', value: (r) => r.productRef },
  { name: 'segment', type: 'text', value: (r) => r.segment },
  { name: 'amount', type: 'numeric', value: (r) => r.amount },
  { name: 'currency', type: 'text', value: (r) => r.currency },
  { name: 'stage_key', type: 'text', value: (r) => r.stageKey },
  { name: 'outcome', type: 'text', value: (r) => r.outcome },
  { name: 'created_at', type: 'date', value: (r) => r.createdAt },
  { name: 'engaged_at', type: 'date', value: (r) => r.engagedAt },
  { name: 'expected_close_at', type: 'date', value: (r) => r.expectedCloseAt },
  { name: 'closed_at', type: 'date', value: (r) => r.closedAt },
  { name: 'loss_reason', type: 'text', value: (r) => r.lossReason },
];

export async function writeOpportunities(
  ctx: ImportContext, stream: RecordStream<OpportunityRecord>, createUnknownOwners: boolean,
  raw?: RawCsvSource<OpportunityRecord>,
): Promise<EntityCounts> {
  const { client, orgId, sink } = ctx;
  await createStagingTable(client, 'stg_opportunities', COLUMNS);
  const progress = (n: number) => ctx.progress?.('opportunities', n);
  const staged = await stageFile(ctx, 'stg_opportunities', COLUMNS, stream, raw, progress);
  await client.query('CREATE INDEX ON stg_opportunities (external_id)');
  await analyzeStaging(client, 'stg_opportunities', ['external_id', 'owner_ref', 'account_ref', 'product_ref', 'stage_key']);
  await reportDuplicates(client, 'stg_opportunities', 'external_id', 'externalId', sink.error);
  // Lookups may not exist yet when this import has no people/accounts/products file.
  await buildPersonLookup(client, orgId);
  await buildAccountLookup(client, orgId, 'SELECT account_ref FROM stg_opportunities');
  await buildProductLookup(client, orgId, 'SELECT product_ref FROM stg_opportunities');

  const unknownOwners = `SELECT line, file, owner_ref AS value FROM stg_opportunities s
                         WHERE NOT EXISTS (SELECT 1 FROM ref_person r WHERE r.ref = s.owner_ref)`;
  if (createUnknownOwners) {
    const { rows } = await client.query<{ n: number }>(
      `WITH made AS (
         INSERT INTO people (org_id, external_id, source, name, role)
         SELECT DISTINCT $1::int, value, $2::text, value, 'rep' FROM (${unknownOwners}) u
         RETURNING 1)
       SELECT count(*)::int AS n FROM made`, [orgId, ctx.source]);
    if (rows[0]!.n > 0) {
      sink.warning({ file: 'opportunities', line: null, column: 'owner', value: null,
        message: `${rows[0]!.n} owners were not in any people file: created as reps named by their id` });
      await buildPersonLookup(client, orgId);
    }
  } else {
    await reportRows(client, { select: unknownOwners, params: [] }, 'owner',
      (v) => `owner ${JSON.stringify(v)} matches no person (by id, or by exact name of exactly one person)`, sink.error);
  }
  await reportRows(client, {
    select: `SELECT line, file, account_ref AS value FROM stg_opportunities s WHERE account_ref IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM ref_account r WHERE r.ref = s.account_ref)`, params: [],
  }, 'account', (v) => `account ${JSON.stringify(v)} matches no account`, sink.error);
  await reportRows(client, {
    select: `SELECT line, file, product_ref AS value FROM stg_opportunities s WHERE product_ref IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM ref_product r WHERE r.ref = s.product_ref)`, params: [],
  }, 'product', (v) => `product ${JSON.stringify(v)} matches no product`, sink.error);
  await reportRows(client, {
    select: `SELECT line, file, stage_key AS value FROM stg_opportunities s
             WHERE NOT EXISTS (SELECT 1 FROM stages st WHERE st.org_id = $1 AND st.key = s.stage_key)`,
    params: [orgId],
  }, 'stage', (v) => `stage ${JSON.stringify(v)} is not a stage of the process`, sink.error);
  await reportRows(client, {
    select: `SELECT s.line, s.file, s.stage_key || ' / ' || s.outcome AS value FROM stg_opportunities s
             JOIN stages st ON st.org_id = $1 AND st.key = s.stage_key
             WHERE (st.kind = 'open') <> (s.outcome = 'open') OR (st.kind <> 'open' AND st.kind <> s.outcome)`,
    params: [orgId],
  }, 'stage', () => 'the stage and the outcome disagree (an open deal must be in an open stage, a closed one in its outcome stage)', sink.error);

  const columns = ['org_id', 'external_id', 'source', 'owner_id', 'account_id', 'product_id', 'name', 'segment',
    'amount', 'currency', 'stage_id', 'created_at', 'engaged_at', 'expected_close_at', 'closed_at', 'outcome', 'loss_reason'];
  return upsertCounted(client, {
    table: 'opportunities',
    columns,
    key: ['org_id', 'external_id'],
    onUpdate: ['updated_at = now()'],
    source: `SELECT DISTINCT ON (s.external_id) $1::int AS org_id, s.external_id, $2::text AS source,
               o.id AS owner_id, a.id AS account_id, p.id AS product_id, s.name, s.segment, s.amount, s.currency,
               st.id AS stage_id, s.created_at, s.engaged_at, s.expected_close_at, s.closed_at, s.outcome, s.loss_reason
             FROM stg_opportunities s
             JOIN ref_person o ON o.ref = s.owner_ref
             JOIN stages st ON st.org_id = $1 AND st.key = s.stage_key
             LEFT JOIN ref_account a ON a.ref = s.account_ref
             LEFT JOIN ref_product p ON p.ref = s.product_ref
             ORDER BY s.external_id, s.line`,
    params: [orgId, ctx.source],
    bulk: { mode: ctx.bulkLoad, incomingRows: staged, orgId },
  });
}
