// Temporary lookup tables that resolve references in imported rows: a reference is an
// external id, else an exact name that belongs to exactly one record.
import type pg from 'pg';

async function buildLookup(client: pg.PoolClient, lookup: string, table: string, orgId: number): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${lookup}`);
  await client.query(
    `CREATE TEMP TABLE ${lookup} ON COMMIT DROP AS
     SELECT DISTINCT ON (ref) ref, id FROM (
       SELECT external_id AS ref, id, 0 AS priority FROM ${table} WHERE org_id = $1
       UNION ALL
       SELECT name, min(id), 1 FROM ${table} WHERE org_id = $1 GROUP BY name HAVING count(*) = 1
     ) candidates ORDER BY ref, priority`,
    [orgId],
  );
  await client.query(`CREATE UNIQUE INDEX ON ${lookup} (ref)`);
  await client.query(`ANALYZE ${lookup}`);
}

export const buildPersonLookup = (c: pg.PoolClient, orgId: number) => buildLookup(c, 'ref_person', 'people', orgId);
export const buildAccountLookup = (c: pg.PoolClient, orgId: number) => buildLookup(c, 'ref_account', 'accounts', orgId);
export const buildProductLookup = (c: pg.PoolClient, orgId: number) => buildLookup(c, 'ref_product', 'products', orgId);
