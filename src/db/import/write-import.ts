// Writes an import plan in ONE transaction: every entity is staged, checked and upserted
// in dependency order; if any error was reported (or on a dry run) the transaction is
// rolled back, so an import lands whole or not at all (SPEC §4.1).
import type pg from 'pg';
import { ENTITY_ORDER, type ImportPlan, type ProblemSink } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import type { EntityCounts } from './upsert-counted.ts';
import { writeStages } from './write-stages.ts';
import { writePeople } from './write-people.ts';
import { writeAccounts, writeProducts } from './write-accounts-products.ts';
import { writeOpportunities } from './write-opportunities.ts';
import { writeFieldHistory, writeStageHistory, writeStakeholders } from './write-deal-details.ts';
import { writeActivities, writeQuotas } from './write-rep-records.ts';
import { defaultBulkLoadMode, type BulkLoadMode } from './bulk-load.ts';
import { copyIntoOf } from '../client.ts';
import { refreshDealStageFacts } from '../analytics/refresh-deal-stage-facts.ts';

export type WriteOptions = {
  orgId: number;
  dryRun: boolean;
  sink: ProblemSink & { errorCount: () => number };
  progress?: (entity: string, rows: number) => void;
  /** Whether big imports drop and rebuild keys and indexes (ADR 013); default 'auto'. */
  bulkLoad?: BulkLoadMode;
  /** Runs inside the transaction just before it commits (e.g. the audit entry). */
  beforeCommit?: (client: pg.PoolClient, counts: Record<string, EntityCounts>) => Promise<void>;
};

export type WriteResult = { committed: boolean; counts: Record<string, EntityCounts> };

/** First key of the transaction-level advisory lock an import of an org holds (second key: the org). */
export const IMPORT_LOCK = 4_091_002;

export async function writeImport(pool: pg.Pool, plan: ImportPlan, options: WriteOptions): Promise<WriteResult> {
  const client = await pool.connect();
  const counts: Record<string, EntityCounts> = {};
  let committed = false;
  try {
    await client.query('BEGIN');
    // One import of an org at a time: two at once could each refresh the same deals' facts
    // and rollups from a snapshot the other is changing (the derived rows would drift).
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [IMPORT_LOCK, options.orgId]);
    const ctx: ImportContext = {
      client, orgId: options.orgId, source: plan.source, sink: options.sink, progress: options.progress,
      bulkLoad: options.bulkLoad ?? defaultBulkLoadMode(), copyInto: copyIntoOf(pool),
    };
    counts.stages = await writeStages(ctx, plan.process);
    for (const entity of ENTITY_ORDER) {
      const stream = plan[entity];
      if (!stream) continue;
      switch (entity) {
        case 'people': counts.people = await writePeople(ctx, plan.people!); break;
        case 'accounts': counts.accounts = await writeAccounts(ctx, plan.accounts!); break;
        case 'products': counts.products = await writeProducts(ctx, plan.products!); break;
        case 'opportunities':
          counts.opportunities = await writeOpportunities(ctx, plan.opportunities!, plan.createUnknownOwners ?? false, plan.opportunitiesRaw);
          break;
        case 'stageHistory': counts.stageHistory = await writeStageHistory(ctx, plan.stageHistory!, plan.stageHistoryRaw); break;
        case 'fieldHistory': counts.fieldHistory = await writeFieldHistory(ctx, plan.fieldHistory!); break;
        case 'activities': counts.activities = await writeActivities(ctx, plan.activities!); break;
        case 'quotas': counts.quotas = await writeQuotas(ctx, plan.quotas!); break;
        case 'stakeholders': counts.stakeholders = await writeStakeholders(ctx, plan.stakeholders!); break;
      }
    }
    if (options.dryRun || options.sink.errorCount() > 0) {
      await client.query('ROLLBACK');
    } else {
      await refreshDerivedData(client, options.orgId, counts);
      await options.beforeCommit?.(client, counts);
      await client.query('COMMIT');
      committed = true;
    }
    return { committed, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// What analytics derives from the imported rows: the stage facts of the deals this import
// changed (all of them when the process gained stages), and the org's data version that
// tells cached analytics they are stale. Nothing changed, nothing to do.
async function refreshDerivedData(client: pg.PoolClient, orgId: number, counts: Record<string, EntityCounts>): Promise<void> {
  const changed = (entity: string) => (counts[entity]?.created ?? 0) + (counts[entity]?.updated ?? 0) > 0;
  if (!Object.keys(counts).some(changed)) return;
  if (changed('stages')) {
    await refreshDealStageFacts(client, orgId, 'all');
  } else if (changed('opportunities') || changed('stageHistory')) {
    const refs: string[] = [];
    if (counts.opportunities) refs.push('SELECT external_id FROM stg_opportunities');
    if (counts.stageHistory) refs.push('SELECT opportunity_ref FROM stg_stage_history');
    await refreshDealStageFacts(client, orgId, `o.external_id IN (${refs.join(' UNION ')})`);
  }
  await client.query('UPDATE orgs SET data_version = data_version + 1 WHERE id = $1', [orgId]);
}
