// What accountability is computed from (docs/accountability.md): each manager's sessions
// with local dates (in the org's time zone), their active reps, and the weekly time
// self-report. Set-based: one query per kind of fact, for all the managers asked.
import type pg from 'pg';
import type { SessionFact, TimeCategory } from '../../core/accountability/manager-adherence.ts';

type Db = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type ManagerSessionFact = SessionFact & { managerId: number };

export async function sessionFacts(
  db: Db, orgId: number, managerIds: readonly number[], from: string, to: string, timeZone: string,
): Promise<ManagerSessionFact[]> {
  const { rows } = await db.query<ManagerSessionFact>(`
    SELECT manager_id AS "managerId", rep_id AS "repId", kind, status, duration_min AS "durationMin",
      (scheduled_at AT TIME ZONE $5)::date AS "scheduledOn", (held_at AT TIME ZONE $5)::date AS "heldOn"
    FROM coaching_sessions
    WHERE org_id = $1 AND manager_id = ANY($2::int[])
      AND (COALESCE(held_at, scheduled_at) AT TIME ZONE $5)::date BETWEEN $3::date AND $4::date`,
  [orgId, managerIds, from, to, timeZone]);
  return rows;
}

export async function teamReps(db: Db, orgId: number, managerIds: readonly number[]): Promise<{ managerId: number; repId: number; name: string }[]> {
  const { rows } = await db.query<{ managerId: number; repId: number; name: string }>(`
    SELECT manager_id AS "managerId", id AS "repId", name FROM people
    WHERE org_id = $1 AND manager_id = ANY($2::int[]) AND role = 'rep' AND active ORDER BY name, id`, [orgId, managerIds]);
  return rows;
}

export type TimeEntryRow = { managerId: number; weekStart: string; category: TimeCategory; hours: number };

export async function timeEntryRows(db: Db, orgId: number, managerIds: readonly number[], from: string, to: string): Promise<TimeEntryRow[]> {
  const { rows } = await db.query<TimeEntryRow>(`
    SELECT manager_id AS "managerId", week_start AS "weekStart", category, hours FROM time_entries
    WHERE org_id = $1 AND manager_id = ANY($2::int[]) AND week_start BETWEEN $3::date AND $4::date
    ORDER BY week_start, category`, [orgId, managerIds, from, to]);
  return rows;
}

/** Replaces a manager's self-report for one week (categories left out are removed). */
export async function replaceTimeEntries(
  pool: pg.Pool, orgId: number, managerId: number, weekStart: string, entries: readonly { category: TimeCategory; hours: number }[],
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM time_entries WHERE org_id = $1 AND manager_id = $2 AND week_start = $3', [orgId, managerId, weekStart]);
    if (entries.length > 0) {
      await client.query(`
        INSERT INTO time_entries (org_id, manager_id, week_start, category, hours)
        SELECT $1, $2, $3, * FROM unnest($4::text[], $5::numeric[])`,
      [orgId, managerId, weekStart, entries.map((e) => e.category), entries.map((e) => e.hours)]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
