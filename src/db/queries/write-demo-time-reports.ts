// Writes the demo managers' weekly time reports (src/core/demo/generate-demo-time-reports.ts)
// in one set-based insert; managers are found by external id.
import type pg from 'pg';
import type { DemoTimeReport } from '../../core/demo/generate-demo-time-reports.ts';

export async function writeDemoTimeReports(pool: pg.Pool, orgId: number, reports: readonly DemoTimeReport[]): Promise<number> {
  const rows = reports.flatMap((r) => r.entries.map((e) => ({ ref: r.managerRef, week: r.weekStart, category: e.category, hours: e.hours })));
  const { rowCount } = await pool.query(`
    INSERT INTO time_entries (org_id, manager_id, week_start, category, hours)
    SELECT $1, p.id, t.week::date, t.category, t.hours
    FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[]) AS t(ref, week, category, hours)
    JOIN people p ON p.org_id = $1 AND p.external_id = t.ref
    ON CONFLICT DO NOTHING`,
  [orgId, rows.map((r) => r.ref), rows.map((r) => r.week), rows.map((r) => r.category), rows.map((r) => r.hours)]);
  return rowCount ?? 0;
}
