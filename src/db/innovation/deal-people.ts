// Who is involved in a deal (stakeholders, written through from co-creation sessions) and
// what happened on it lately (activities up to a date).
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export type StakeholderRow = {
  id: number; name: string; role: string | null; influence: 'low' | 'medium' | 'high' | null;
  stance: 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'blocker' | null; engagedOn: string | null;
};

export async function listStakeholders(db: Db, orgId: number, dealId: number): Promise<StakeholderRow[]> {
  const { rows } = await db.query<StakeholderRow>(`
    SELECT id, name, role, influence, stance, engaged_at::text AS "engagedOn"
    FROM stakeholders WHERE org_id = $1 AND opportunity_id = $2 ORDER BY engaged_at NULLS LAST, name`, [orgId, dealId]);
  return rows;
}

export type StakeholderFields = {
  name?: string; role?: string | null; influence?: StakeholderRow['influence']; stance?: StakeholderRow['stance']; engagedOn?: string | null;
};

/** Inserts a stakeholder; null when the deal already has one of that name. */
export async function insertStakeholder(db: Db, orgId: number, dealId: number, s: StakeholderFields & { name: string }): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(`
    INSERT INTO stakeholders (org_id, opportunity_id, name, role, influence, stance, engaged_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id, opportunity_id, name) DO NOTHING RETURNING id`,
  [orgId, dealId, s.name, s.role ?? null, s.influence ?? null, s.stance ?? null, s.engagedOn ?? null]);
  return rows[0]?.id ?? null;
}

export async function findStakeholder(db: Db, orgId: number, dealId: number, id: number): Promise<StakeholderRow | null> {
  const { rows } = await db.query<StakeholderRow>(`
    SELECT id, name, role, influence, stance, engaged_at::text AS "engagedOn"
    FROM stakeholders WHERE org_id = $1 AND opportunity_id = $2 AND id = $3`, [orgId, dealId, id]);
  return rows[0] ?? null;
}

/** Updates a stakeholder; false when the new name is taken on the deal. */
export async function updateStakeholder(db: Db, orgId: number, id: number, patch: StakeholderFields): Promise<boolean> {
  const columns = { name: 'name', role: 'role', influence: 'influence', stance: 'stance', engagedOn: 'engaged_at' } as const;
  const fields = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
  if (fields.length === 0) return true;
  try {
    await db.query(`UPDATE stakeholders SET ${fields.map((k, i) => `${columns[k]} = $${i + 3}`).join(', ')} WHERE org_id = $1 AND id = $2`,
      [orgId, id, ...fields.map((k) => patch[k])]);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}

export type ActivityRow = {
  id: number; type: string; occurredAt: string; personId: number; personName: string; durationMin: number | null; connected: 'yes' | 'no' | null;
};

export async function recentActivities(db: Db, orgId: number, dealId: number, asOf: string, limit: number): Promise<{ items: ActivityRow[]; total: number }> {
  const { rows } = await db.query<ActivityRow & { total: number }>(`
    SELECT a.id, a.type, to_char(a.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "occurredAt", a.person_id AS "personId",
      p.name AS "personName", a.duration_min AS "durationMin", a.connected, count(*) OVER ()::int AS total
    FROM activities a JOIN people p ON p.org_id = a.org_id AND p.id = a.person_id
    WHERE a.org_id = $1 AND a.opportunity_id = $2 AND a.occurred_at < $3::date + 1
    ORDER BY a.occurred_at DESC, a.id DESC LIMIT $4`, [orgId, dealId, asOf, limit]);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}
