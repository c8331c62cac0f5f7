// Cadences and the planned sessions they generate (docs/cadences-and-calendar.md).
// Generation is one set-based statement: occurrences already recorded are skipped, so a
// re-run never duplicates, and held, cancelled or moved sessions are never touched.
import type pg from 'pg';
import type { CadenceKind } from '../../core/cadence/cadence-rule.ts';

type Db = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type CadenceRow = {
  id: number;
  managerId: number;
  repId: number | null;
  repName: string | null;
  kind: CadenceKind;
  weekday: number;
  localTime: string;
  timeZone: string;
  everyWeeks: number;
  durationMin: number;
  startsOn: string;
  active: boolean;
};

export type CadenceFields = Omit<CadenceRow, 'id' | 'repName'>;

const COLUMNS = `c.id, c.manager_id AS "managerId", c.rep_id AS "repId", r.name AS "repName", c.kind, c.weekday,
  to_char(c.local_time, 'HH24:MI') AS "localTime", c.time_zone AS "timeZone", c.every_weeks AS "everyWeeks",
  c.duration_min AS "durationMin", c.starts_on AS "startsOn", c.active`;

/** Cadences of some managers (all of the org's when `managerIds` is null). */
export async function listCadences(db: Db, orgId: number, managerIds: readonly number[] | null): Promise<CadenceRow[]> {
  const { rows } = await db.query<CadenceRow>(`
    SELECT ${COLUMNS} FROM cadences c LEFT JOIN people r ON r.org_id = c.org_id AND r.id = c.rep_id
    WHERE c.org_id = $1 AND ($2::int[] IS NULL OR c.manager_id = ANY($2::int[]))
    ORDER BY c.manager_id, c.kind = 'team_skill', c.weekday, c.local_time, c.id`, [orgId, managerIds]);
  return rows;
}

export async function findCadence(db: Db, orgId: number, id: number): Promise<CadenceRow | null> {
  const { rows } = await db.query<CadenceRow>(`
    SELECT ${COLUMNS} FROM cadences c LEFT JOIN people r ON r.org_id = c.org_id AND r.id = c.rep_id
    WHERE c.org_id = $1 AND c.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export async function insertCadences(db: Db, orgId: number, drafts: readonly CadenceFields[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const column = <K extends keyof CadenceFields>(key: K) => drafts.map((d) => d[key]);
  const { rowCount } = await db.query(`
    INSERT INTO cadences (org_id, manager_id, rep_id, kind, weekday, local_time, time_zone, every_weeks, duration_min, starts_on, active)
    SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::int[], $6::time[], $7::text[], $8::int[], $9::int[], $10::date[], $11::bool[])`,
  [orgId, column('managerId'), column('repId'), column('kind'), column('weekday'), column('localTime'), column('timeZone'),
    column('everyWeeks'), column('durationMin'), column('startsOn'), column('active')]);
  return rowCount ?? 0;
}

export async function updateCadenceRow(db: Db, orgId: number, id: number, fields: CadenceFields): Promise<void> {
  await db.query(`
    UPDATE cadences SET weekday = $3, local_time = $4, time_zone = $5, every_weeks = $6, duration_min = $7,
      starts_on = $8, active = $9, updated_at = now()
    WHERE org_id = $1 AND id = $2`,
  [orgId, id, fields.weekday, fields.localTime, fields.timeZone, fields.everyWeeks, fields.durationMin, fields.startsOn, fields.active]);
}

/** A manager's active direct reps. */
export async function directReps(db: Db, orgId: number, managerId: number): Promise<{ id: number; name: string }[]> {
  const { rows } = await db.query<{ id: number; name: string }>(`
    SELECT id, name FROM people WHERE org_id = $1 AND manager_id = $2 AND role = 'rep' AND active ORDER BY name, id`, [orgId, managerId]);
  return rows;
}

/** The managers (people with active direct reps, or role manager) among some ids, or the whole org's. */
export async function listManagers(db: Db, orgId: number, ids: readonly number[] | null): Promise<{ id: number; name: string }[]> {
  const { rows } = await db.query<{ id: number; name: string }>(`
    SELECT m.id, m.name FROM people m
    WHERE m.org_id = $1 AND m.active AND ($2::int[] IS NULL OR m.id = ANY($2::int[]))
      AND (m.role = 'manager' OR EXISTS (SELECT 1 FROM people r WHERE r.org_id = m.org_id AND r.manager_id = m.id AND r.role = 'rep' AND r.active))
    ORDER BY m.name, m.id`, [orgId, ids]);
  return rows;
}

/** orgs.settings.timeZone, when it is set. */
export async function orgTimeZoneSetting(db: Db, orgId: number): Promise<string | null> {
  const { rows } = await db.query<{ zone: string | null }>(`SELECT settings->>'timeZone' AS zone FROM orgs WHERE id = $1`, [orgId]);
  return rows[0]?.zone ?? null;
}

export type WantedOccurrence = { cadenceId: number; occursOn: string; startsAt: Date; durationMin: number };

/**
 * Creates a planned session for each wanted occurrence not generated before, in one
 * transaction that locks the cadences (two runs at once cannot both insert).
 */
export async function insertMissingOccurrences(pool: pg.Pool, orgId: number, wanted: readonly WantedOccurrence[]): Promise<number> {
  if (wanted.length === 0) return 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const ids = [...new Set(wanted.map((w) => w.cadenceId))];
    await client.query('SELECT id FROM cadences WHERE org_id = $1 AND id = ANY($2::int[]) ORDER BY id FOR UPDATE', [orgId, ids]);
    const { rowCount } = await client.query(`
      WITH wanted AS (
        SELECT * FROM unnest($2::int[], $3::date[], $4::timestamptz[], $5::int[]) AS w(cadence_id, occurs_on, starts_at, duration_min)
      ), missing AS MATERIALIZED (
        SELECT w.*, c.manager_id, c.rep_id, c.kind, nextval(pg_get_serial_sequence('coaching_sessions', 'id')) AS session_id
        FROM wanted w JOIN cadences c ON c.org_id = $1 AND c.id = w.cadence_id AND c.active
        WHERE NOT EXISTS (SELECT 1 FROM cadence_occurrences o WHERE o.org_id = $1 AND o.cadence_id = w.cadence_id AND o.occurs_on = w.occurs_on)
      ), sessions AS (
        INSERT INTO coaching_sessions (org_id, id, manager_id, kind, rep_id, scheduled_at, duration_min, status)
        OVERRIDING SYSTEM VALUE
        SELECT $1, session_id, manager_id, kind, rep_id, starts_at, duration_min, 'planned' FROM missing
        RETURNING id
      )
      INSERT INTO cadence_occurrences (org_id, cadence_id, occurs_on, session_id)
      SELECT $1, m.cadence_id, m.occurs_on, s.id FROM missing m JOIN sessions s ON s.id = m.session_id`,
    [orgId, wanted.map((w) => w.cadenceId), wanted.map((w) => w.occursOn), wanted.map((w) => w.startsAt.toISOString()), wanted.map((w) => w.durationMin)]);
    await client.query('COMMIT');
    return rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Drops a cadence's future planned sessions that nobody has started preparing, so that
 * an edited rule can generate them again at the new time. Held, cancelled, missed and
 * prepared sessions stay.
 */
export async function dropUntouchedPlanned(db: Db, orgId: number, cadenceId: number, after: Date): Promise<number> {
  const { rowCount } = await db.query(`
    DELETE FROM coaching_sessions s USING cadence_occurrences o
    WHERE o.org_id = $1 AND o.cadence_id = $2 AND s.org_id = o.org_id AND s.id = o.session_id
      AND s.status = 'planned' AND s.scheduled_at > $3
      AND s.prepare IS NULL AND s.affirm IS NULL AND s.understand IS NULL AND s.specify IS NULL AND s.embed IS NULL AND s.private_note IS NULL`,
  [orgId, cadenceId, after.toISOString()]);
  return rowCount ?? 0;
}
