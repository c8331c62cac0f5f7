// One deal as of a date (docs/innovation.md, deal room): its facts with the stage, outcome and
// expected close date as they stood then; nothing after the as-of date is used.
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;
type StageKind = 'open' | 'won' | 'lost' | 'no_decision';

export type DealFactsRow = {
  id: number; externalId: string; name: string;
  ownerId: number; ownerName: string; managerId: number | null; managerName: string | null;
  accountId: number | null; accountName: string | null; accountSegment: string | null; accountIndustry: string | null;
  segment: string | null; product: string | null;
  stageId: number; stageKey: string; stageName: string; stageKind: StageKind;
  outcome: StageKind; amount: number | null; currency: string | null;
  createdOn: string | null; engagedOn: string | null; expectedCloseOn: string | null; closedOn: string | null; lossReason: string | null;
  currentOutcome: StageKind;
};

export async function findDealFacts(db: Db, orgId: number, dealId: number, asOf: string): Promise<DealFactsRow | null> {
  const { rows } = await db.query<DealFactsRow>(`
    WITH d AS (SELECT * FROM opportunities WHERE org_id = $1 AND id = $2),
    latest AS (
      SELECT sh.stage_id FROM stage_history sh, d
      WHERE sh.org_id = d.org_id AND sh.opportunity_id = d.id AND sh.entered_at < $3::date + 1
      ORDER BY sh.entered_at DESC LIMIT 1),
    close_as_of AS (
      SELECT coalesce(
        (SELECT f.new_value FROM field_history f, d WHERE f.org_id = d.org_id AND f.opportunity_id = d.id
           AND f.field = 'expectedCloseAt' AND f.changed_at < $3::date + 1 ORDER BY f.changed_at DESC LIMIT 1),
        (SELECT f.old_value FROM field_history f, d WHERE f.org_id = d.org_id AND f.opportunity_id = d.id
           AND f.field = 'expectedCloseAt' AND f.changed_at >= $3::date + 1 ORDER BY f.changed_at LIMIT 1)) AS v,
        EXISTS (SELECT 1 FROM field_history f, d WHERE f.org_id = d.org_id AND f.opportunity_id = d.id AND f.field = 'expectedCloseAt') AS has_history)
    SELECT d.id, d.external_id AS "externalId", d.name, d.owner_id AS "ownerId", p.name AS "ownerName",
      p.manager_id AS "managerId", mp.name AS "managerName",
      a.id AS "accountId", a.name AS "accountName", a.segment AS "accountSegment", a.industry AS "accountIndustry",
      coalesce(d.segment, a.segment) AS segment, pr.name AS product,
      st.id AS "stageId", st.key AS "stageKey", st.name AS "stageName", st.kind AS "stageKind",
      CASE WHEN d.closed_at IS NOT NULL AND d.closed_at > $3::date THEN 'open' ELSE d.outcome END AS outcome,
      d.outcome AS "currentOutcome",
      d.amount, d.currency, d.created_at::text AS "createdOn", d.engaged_at::text AS "engagedOn",
      CASE WHEN c.has_history THEN c.v ELSE d.expected_close_at::text END AS "expectedCloseOn",
      CASE WHEN d.closed_at <= $3::date THEN d.closed_at::text END AS "closedOn",
      CASE WHEN d.closed_at <= $3::date THEN d.loss_reason END AS "lossReason"
    FROM d
    JOIN people p ON p.org_id = d.org_id AND p.id = d.owner_id
    LEFT JOIN people mp ON mp.org_id = p.org_id AND mp.id = p.manager_id
    LEFT JOIN accounts a ON a.org_id = d.org_id AND a.id = d.account_id
    LEFT JOIN products pr ON pr.org_id = d.org_id AND pr.id = d.product_id
    CROSS JOIN close_as_of c
    -- Without stage history by then, the current stage (as for stalls).
    JOIN stages st ON st.org_id = d.org_id AND st.id = coalesce((SELECT stage_id FROM latest), d.stage_id)`, [orgId, dealId, asOf]);
  return rows[0] ?? null;
}
