// Writes the demo's coaching history (src/core/demo/generate-demo-coaching.ts): held 1:1
// sessions, the observation made in each, and its commitment, reviewed in the next one.
// One transaction; people and behaviours are found by external id and key.
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
      const repId = people.get(s.repRef);
      const behaviourId = behaviours.get(s.behaviourKey);
      if (managerId === undefined || repId === undefined || behaviourId === undefined) continue;
      const { rows } = await client.query<{ id: number }>(`
        INSERT INTO coaching_sessions (org_id, manager_id, kind, rep_id, scheduled_at, held_at, duration_min, status,
          stage_id, behaviour_id, affirm, understand, specify, embed)
        SELECT $1, $2, 'one_on_one', $3, $4::date + time '10:00', $4::date + time '10:00', 30, 'held', b.stage_id, b.id,
          'Development conversation, not an evaluation.', $5, $6, $7
        FROM behaviours b WHERE b.org_id = $1 AND b.id = $8
        RETURNING id`, [orgId, managerId, repId, s.heldOn, s.evidence, s.specify, s.commitment.text, behaviourId]);
      const sessionId = rows[0]!.id;
      const reviewed = previousCommitment.get(repId);
      if (reviewed !== undefined) {
        await client.query(`UPDATE commitments SET reviewed_in_session_id = $3, reviewed_at = $4::date + time '10:00'
                            WHERE org_id = $1 AND id = $2`, [orgId, reviewed, sessionId, s.heldOn]);
      }
      await client.query(`
        INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [orgId, repId, managerId, behaviourId, s.rating, s.evidence, s.source, s.heldOn]);
      const commitment = await client.query<{ id: number }>(`
        INSERT INTO commitments (org_id, session_id, rep_id, behaviour_id, text, due_on, status, review_note)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, sessionId, repId, behaviourId, s.commitment.text, s.commitment.dueOn, s.commitment.status, s.commitment.reviewNote]);
      previousCommitment.set(repId, commitment.rows[0]!.id);
      written += 1;
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
