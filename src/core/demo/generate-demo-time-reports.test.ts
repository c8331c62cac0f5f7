import { describe, expect, it } from 'vitest';
import { generateDemoCoaching } from './generate-demo-coaching.ts';
import { generateDemoOrg } from './generate-demo-org.ts';
import { generateDemoTimeReports } from './generate-demo-time-reports.ts';

const asOf = '2026-11-18'; // a Wednesday: the as-of week is under way
const org = generateDemoOrg({ seed: 3, reps: 30, asOf });
const sessions = generateDemoCoaching(3, asOf, org.people, org.stagesToCoach);
const reports = generateDemoTimeReports(3, asOf, org.people, sessions);

describe('generateDemoTimeReports', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemoTimeReports(3, asOf, org.people, sessions)).toEqual(reports);
  });

  it('reports complete ISO weeks only, on Mondays, at most once per manager and week', () => {
    const keys = reports.map((r) => `${r.managerRef} ${r.weekStart}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of reports) {
      expect(new Date(`${r.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(r.weekStart < '2026-11-16').toBe(true);
      expect(r.weekStart >= '2026-09-28').toBe(true);
    }
    expect(reports.length).toBeGreaterThan(20);
    expect(reports.length).toBeLessThan(6 * 7);
  });

  it('adds up, with the sessions held, to about a 40-hour week', () => {
    for (const r of reports) {
      const held = sessions.filter((s) => s.managerRef === r.managerRef && s.status === 'held' && s.on >= r.weekStart && s.on < addDays(r.weekStart, 7))
        .reduce((sum, s) => sum + s.durationMin / 60, 0);
      const total = r.entries.reduce((sum, e) => sum + e.hours, 0) + held;
      expect(total).toBeGreaterThanOrEqual(39);
      expect(total).toBeLessThanOrEqual(48);
      for (const e of r.entries) expect(e.hours * 2).toBe(Math.round(e.hours * 2));
    }
  });
});

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
