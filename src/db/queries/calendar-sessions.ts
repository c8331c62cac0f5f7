// The sessions a calendar shows (docs/cadences-and-calendar.md), never their notes: a
// manager's own sessions; a rep's own 1:1 and deal sessions and their manager's team
// sessions. Each row says which cadence occurrence, if any, it was generated for.
import type pg from 'pg';

type Db = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type CalendarSessionRow = {
  id: number;
  kind: 'one_on_one' | 'deal' | 'team_skill' | 'co_creation';
  status: 'planned' | 'held' | 'cancelled' | 'missed';
  managerName: string;
  repName: string | null;
  startsAt: Date | null;
  durationMin: number | null;
  cadenceId: number | null;
  occursOn: string | null;
};

export type CalendarPerson = { id: number; name: string; role: 'rep' | 'manager' | 'leader'; managerId: number | null };

export async function calendarPerson(db: Db, orgId: number, personId: number): Promise<CalendarPerson | null> {
  const { rows } = await db.query<CalendarPerson>(
    'SELECT id, name, role, manager_id AS "managerId" FROM people WHERE org_id = $1 AND id = $2', [orgId, personId]);
  return rows[0] ?? null;
}

/** Sessions from `since` on (held ones at their held time, others at their scheduled time). */
export async function calendarSessions(db: Db, orgId: number, person: CalendarPerson, since: Date): Promise<CalendarSessionRow[]> {
  const isRep = person.role === 'rep';
  const { rows } = await db.query<CalendarSessionRow>(`
    SELECT s.id, s.kind, s.status, m.name AS "managerName", r.name AS "repName",
      COALESCE(s.held_at, s.scheduled_at) AS "startsAt", s.duration_min AS "durationMin",
      o.cadence_id AS "cadenceId", o.occurs_on AS "occursOn"
    FROM coaching_sessions s
    JOIN people m ON m.org_id = s.org_id AND m.id = s.manager_id
    LEFT JOIN people r ON r.org_id = s.org_id AND r.id = s.rep_id
    LEFT JOIN cadence_occurrences o ON o.org_id = s.org_id AND o.session_id = s.id
    WHERE s.org_id = $1 AND COALESCE(s.held_at, s.scheduled_at) >= $3
      AND (CASE WHEN $4::bool THEN s.rep_id = $2 OR (s.kind = 'team_skill' AND s.manager_id = $5) ELSE s.manager_id = $2 END)
    ORDER BY COALESCE(s.held_at, s.scheduled_at), s.id`,
  [orgId, person.id, since.toISOString(), isRep, person.managerId ?? -1]);
  return rows;
}
