// What the org has imported that stall signals need (docs/stalls.md "Not evaluated"):
// one EXISTS per kind of data, each the first row of an index range.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type StallDataPresence = {
  hasStageHistory: boolean;
  hasDealActivities: boolean;
  hasCloseDateHistory: boolean;
  hasExpectedCloseDates: boolean;
  hasStakeholders: boolean;
  /** Any deal or account with a segment (else percentiles are not split by segment). */
  hasSegments: boolean;
};

export async function stallDataPresence(db: Db, orgId: number): Promise<StallDataPresence> {
  const { rows } = await db.query<StallDataPresence>(`
    SELECT
      EXISTS (SELECT 1 FROM deal_stage_facts WHERE org_id = $1) AS "hasStageHistory",
      EXISTS (SELECT 1 FROM activities WHERE org_id = $1 AND opportunity_id IS NOT NULL) AS "hasDealActivities",
      EXISTS (SELECT 1 FROM field_history WHERE org_id = $1 AND field = 'expectedCloseAt') AS "hasCloseDateHistory",
      EXISTS (SELECT 1 FROM opportunities WHERE org_id = $1 AND expected_close_at IS NOT NULL) AS "hasExpectedCloseDates",
      EXISTS (SELECT 1 FROM stakeholders WHERE org_id = $1) AS "hasStakeholders",
      EXISTS (SELECT 1 FROM opportunities WHERE org_id = $1 AND segment IS NOT NULL)
        OR EXISTS (SELECT 1 FROM accounts WHERE org_id = $1 AND segment IS NOT NULL) AS "hasSegments"`, [orgId]);
  return rows[0]!;
}
