// Temporary lookup tables that resolve references in imported rows: a reference is an
// external id, else an exact name that belongs to exactly one record. `refs` (a query of
// the references to resolve, e.g. a staging column) keeps the lookup to those: a day's
// import of 1,000 deals then reads ~1,000 accounts, not all 100,000 (0.9-1.6 s at 2M deals).
import type pg from 'pg';

async function buildLookup(client: pg.PoolClient, lookup: string, table: string, orgId: number, refs?: string): Promise<void> {
  const byId = refs ? `AND external_id IN (${refs})` : '';
  // A name is unique over the whole table: every row with a name in refs is grouped.
  const byName = refs ? `AND name IN (${refs})` : '';
  // Two scans, each `IN (refs)` a semi-join. One scan with `external_id IN (refs) OR name IN
  // (refs)` was tried: an OR keeps them subplans, which PostgreSQL hashes only while refs fit
  // in work_mem; a 1M-deal import then scanned the staging table once per account (EXPLAIN
  // cost 1.4e9; a 2M import stalled over 15 minutes).
  await client.query(`DROP TABLE IF EXISTS ${lookup}`);
  await client.query(
    `CREATE TEMP TABLE ${lookup} ON COMMIT DROP AS
     SELECT DISTINCT ON (ref) ref, id FROM (
       SELECT external_id AS ref, id, 0 AS priority FROM ${table} WHERE org_id = $1 ${byId}
       UNION ALL
       SELECT name, min(id), 1 FROM ${table} WHERE org_id = $1 ${byName} GROUP BY name HAVING count(*) = 1
     ) candidates ORDER BY ref, priority`,
    [orgId],
  );
  await client.query(`CREATE UNIQUE INDEX ON ${lookup} (ref)`);
  await client.query(`ANALYZE ${lookup}`);
}

export const buildPersonLookup = (c: pg.PoolClient, orgId: number) => buildLookup(c, 'ref_person', 'people', orgId);
export const buildAccountLookup = (c: pg.PoolClient, orgId: number, refs?: string) => buildLookup(c, 'ref_account', 'accounts', orgId, refs);
export const buildProductLookup = (c: pg.PoolClient, orgId: number, refs?: string) => buildLookup(c, 'ref_product', 'products', orgId, refs);
