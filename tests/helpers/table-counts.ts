// Row counts of every data table: used to prove that a failed import changed nothing.
import type { Database } from '../../src/db/client.ts';

export const DATA_TABLES = ['people', 'accounts', 'products', 'stages', 'opportunities', 'stage_history',
  'field_history', 'activities', 'quotas', 'stakeholders'] as const;

export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const { rows } = await database.pool.query<Record<string, number>>(
    `SELECT ${DATA_TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return rows[0]!;
}
