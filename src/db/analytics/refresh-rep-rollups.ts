// The rollups derived from the CRM tables and deal_stage_facts (src/db/schema/rollups.ts,
// ADR 012), kept up to date inside the import's transaction for the deals in the temp
// table facts_touched: deal_close_facts rows rewritten only where they changed, with
// rep_close_months and rep_open_deals moved by the rows deleted and inserted;
// rep_stage_months moved by the facts rows deleted and inserted; the org's data_through
// raised. A full rebuild ('all') recomputes them for the whole org.
import type pg from 'pg';
import { closeRollupDelta } from './close-rollup-sql.ts';

const CLOSE_COLUMNS = 'org_id, opportunity_id, owner_id, outcome, closed_on, amount, start_on, has_created';

// What a deal contributes to the window KPIs; the start falls back to the first stage
// reached (docs/analytics.md), so this runs after the deal's facts are written.
const closeFactsOf = (deals: string) => `
  SELECT o.org_id, o.id AS opportunity_id, o.owner_id, o.outcome, o.closed_at AS closed_on, o.amount,
    coalesce(o.created_at, o.engaged_at,
      (SELECT min(f.reached_on) FROM deal_stage_facts f WHERE f.org_id = o.org_id AND f.opportunity_id = o.id)) AS start_on,
    o.created_at IS NOT NULL AS has_created
  FROM opportunities o ${deals}
  WHERE o.org_id = $1`;

/** SQL moving rep_stage_months by the facts rows of CTE `source`, counted `sign` (+1 or -1) times. */
export function addStageRollupDelta(source: string, sign: 1 | -1): string {
  return `
    INSERT INTO rep_stage_months AS r (org_id, month, owner_id, stage_ord, cohort, advanced, won)
    SELECT $1, date_trunc('month', reached_on::timestamp)::date, owner_id, stage_ord,
      ${sign} * count(*), ${sign} * count(advanced_on), ${sign} * count(won_on)
    FROM ${source} GROUP BY 2, 3, 4
    ON CONFLICT (org_id, month, owner_id, stage_ord) DO UPDATE
      SET cohort = r.cohort + excluded.cohort, advanced = r.advanced + excluded.advanced, won = r.won + excluded.won`;
}

/** Rewrites the close facts of the touched deals (all of the org's when `all`), only where they changed. */
export async function refreshCloseFacts(client: pg.PoolClient, orgId: number, all: boolean): Promise<void> {
  if (all) {
    await client.query('DELETE FROM deal_close_facts WHERE org_id = $1', [orgId]);
    await client.query(`INSERT INTO deal_close_facts (${CLOSE_COLUMNS}) ${closeFactsOf('')}`, [orgId]);
    await client.query('ANALYZE deal_close_facts');
    await client.query('DELETE FROM rep_close_months WHERE org_id = $1', [orgId]);
    await client.query('DELETE FROM rep_open_deals WHERE org_id = $1', [orgId]);
    await client.query(`
      WITH source AS (SELECT owner_id, outcome, closed_on, amount FROM deal_close_facts WHERE org_id = $1),
      ${closeRollupDelta('source', 1)}`, [orgId]);
    return;
  }
  await client.query(`CREATE TEMP TABLE close_new ON COMMIT DROP AS ${closeFactsOf('JOIN facts_touched t ON t.id = o.id')}`, [orgId]);
  await client.query(`
    WITH gone AS (
      DELETE FROM deal_close_facts c USING facts_touched t
      WHERE c.org_id = $1 AND c.opportunity_id = t.id AND NOT EXISTS (
        SELECT 1 FROM close_new n WHERE n.opportunity_id = c.opportunity_id
          AND (n.owner_id, n.outcome, n.closed_on, n.amount, n.start_on, n.has_created)
              IS NOT DISTINCT FROM (c.owner_id, c.outcome, c.closed_on, c.amount, c.start_on, c.has_created))
      RETURNING c.owner_id, c.outcome, c.closed_on, c.amount
    ),
    ${closeRollupDelta('gone', -1)}`, [orgId]);
  await client.query(`
    WITH added AS (
      INSERT INTO deal_close_facts (${CLOSE_COLUMNS}) SELECT ${CLOSE_COLUMNS} FROM close_new n
      WHERE NOT EXISTS (SELECT 1 FROM deal_close_facts c WHERE c.org_id = $1 AND c.opportunity_id = n.opportunity_id)
      RETURNING owner_id, outcome, closed_on, amount
    ),
    ${closeRollupDelta('added', 1)}`, [orgId]);
}

/** After an incremental refresh: data_through rises to the latest date the touched deals' rows mention. */
export async function raiseDataThrough(client: pg.PoolClient, orgId: number): Promise<void> {
  await client.query(`
    INSERT INTO analytics_extents AS e (org_id, data_through)
    SELECT $1, greatest(
      (SELECT max(greatest(reached_on, advanced_on, won_on, entered_on, exited_on)) FROM facts_new),
      (SELECT max(greatest(closed_on, start_on)) FROM close_new))
    ON CONFLICT (org_id) DO UPDATE SET data_through = greatest(e.data_through, excluded.data_through)`, [orgId]);
  await client.query('DROP TABLE close_new');
}

/** Recomputes the org's rep_stage_months and data_through from its facts (after a full rebuild). */
export async function rebuildRollups(client: pg.PoolClient, orgId: number): Promise<void> {
  await client.query('ANALYZE deal_stage_facts');
  await client.query('DELETE FROM rep_stage_months WHERE org_id = $1', [orgId]);
  await client.query(addStageRollupDelta('deal_stage_facts WHERE org_id = $1', 1), [orgId]);
  await client.query(`
    INSERT INTO analytics_extents AS e (org_id, data_through)
    SELECT $1, greatest(
      (SELECT max(greatest(reached_on, advanced_on, won_on, entered_on, exited_on)) FROM deal_stage_facts WHERE org_id = $1),
      (SELECT max(greatest(closed_on, start_on)) FROM deal_close_facts WHERE org_id = $1))
    ON CONFLICT (org_id) DO UPDATE SET data_through = excluded.data_through`, [orgId]);
}

/** Rebuilds every derived table of the org from its stage facts and deals (after a schema or rollup change). */
export async function rebuildDerivedFromFacts(client: pg.PoolClient, orgId: number): Promise<void> {
  await refreshCloseFacts(client, orgId, true);
  await rebuildRollups(client, orgId);
}
