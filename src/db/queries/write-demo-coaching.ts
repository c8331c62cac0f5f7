// Writes the demo's coaching history (src/core/demo/generate-demo-coaching.ts): 1:1, deal and
// team sessions as held, missed or cancelled; for held coaching, the observations made and
// the 1:1's commitment, reviewed in the rep's next held 1:1. One transaction; people and
// behaviours are found by external id and key. Sessions arrive in date order.
import type pg from 'pg';
import type { DemoSession } from '../../core/demo/generate-demo-coaching.ts';

export async function writeDemoCoaching(pool: pg.Pool, orgId: number, sessions: readonly DemoSession[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const ids = async (sql: string) => new Map((await client.query<{ k: string; id: number }>(sql, [orgId])).rows.map((r) => [r.k, r.id]));
    const people = await ids('SELECT external_id AS k, id FROM people WHERE org_id = $1');
    const behaviours = await ids('SELECT key AS k, id FROM behaviours WHERE org_id = $1');
    const previousCommitment = new Map<number, number>();
    let written = 0;
    for (const s of sessions) {
      const managerId = people.get(s.managerRef);
      const repId = s.repRef === null ? null : people.get(s.repRef);
      const behaviourId = s.coaching ? behaviours.get(s.coaching.behaviourKey) ?? null : null;
      if (managerId === undefined || repId === undefined) continue;
      const held = s.status === 'held';
      const { rows } = await client.query<{ id: number }>(`
        INSERT INTO coaching_sessions (org_id, manager_id, kind, rep_id, scheduled_at, held_at, duration_min, status,
          stage_id, behaviour_id, affirm, understand, specify, embed)
        VALUES ($1, $2, $3, $4, $5::date + make_interval(mins => $6), CASE WHEN $7 THEN $5::date + make_interval(mins => $6) END,
          $8, $9, (SELECT stage_id FROM behaviours WHERE org_id = $1 AND id = $10), $10,
          CASE WHEN $10::int IS NOT NULL THEN 'Development conversation, not an evaluation.' END, $11, $12, $13)
        RETURNING id`,
      [orgId, managerId, s.kind, repId, s.on, s.startMinute, held, s.durationMin, s.status, behaviourId,
        s.coaching?.observations[0]?.evidence ?? null, s.coaching?.specify ?? null, s.coaching?.commitment?.text ?? null]);
      written += 1;
      if (!s.coaching || repId === null || behaviourId === null) continue;
      const sessionId = rows[0]!.id;
      for (const o of s.coaching.observations) {
        const observed = behaviours.get(o.behaviourKey);
        if (observed === undefined) continue;
        await client.query(`
          INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [orgId, repId, managerId, observed, o.rating, o.evidence, o.source, s.on]);
      }
      const commitment = s.coaching.commitment;
      if (!commitment) continue;
      const reviewed = previousCommitment.get(repId);
      if (reviewed !== undefined) {
        await client.query(`UPDATE commitments SET reviewed_in_session_id = $3, reviewed_at = $4::date + make_interval(mins => $5)
                            WHERE org_id = $1 AND id = $2`, [orgId, reviewed, sessionId, s.on, s.startMinute]);
      }
      const inserted = await client.query<{ id: number }>(`
        INSERT INTO commitments (org_id, session_id, rep_id, behaviour_id, text, due_on, status, review_note)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, sessionId, repId, behaviourId, commitment.text, commitment.dueOn, commitment.status, commitment.reviewNote]);
      previousCommitment.set(repId, inserted.rows[0]!.id);
    }
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
