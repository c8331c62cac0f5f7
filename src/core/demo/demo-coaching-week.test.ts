// The demo's first impression: the coaching week its managers see, computed by the product's
// own metric (assessManagerWeeks) from the generated sessions and time reports. The first
// manager listed coaches steadily; the others spread down to one who hardly coaches.
import { describe, expect, it } from 'vitest';
import { assessManagerWeeks, type ManagerAdherence } from '../accountability/manager-adherence.ts';
import { generateDemoCoaching, managersInLoginOrder } from './generate-demo-coaching.ts';
import { generateDemoOrg } from './generate-demo-org.ts';
import { generateDemoTimeReports } from './generate-demo-time-reports.ts';

function demoWeeks(seed: number, asOf: string): { name: string; adherence: ManagerAdherence }[] {
  const org = generateDemoOrg({ seed, reps: 60, asOf });
  const sessions = generateDemoCoaching(seed, asOf, org.people, org.stagesToCoach);
  const reports = generateDemoTimeReports(seed, asOf, org.people, sessions);
  const idOf = new Map(org.people.map((p, i) => [p.externalId, i]));
  return managersInLoginOrder(org.people).map((manager) => ({
    name: manager.name,
    adherence: assessManagerWeeks({
      asOf, weeks: 8,
      reps: org.people.filter((p) => p.managerRef === manager.externalId).map((r) => ({ repId: idOf.get(r.externalId)!, name: r.name, segment: null })),
      sessions: sessions.filter((s) => s.managerRef === manager.externalId).map((s) => ({
        repId: s.repRef === null ? null : idOf.get(s.repRef)!, kind: s.kind, status: s.status,
        scheduledOn: s.on, heldOn: s.status === 'held' ? s.on : null, durationMin: s.durationMin,
      })),
      timeEntries: reports.filter((r) => r.managerRef === manager.externalId).flatMap((r) => r.entries.map((e) => ({ weekStart: r.weekStart, ...e }))),
    }),
  }));
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('the demo managers\u2019 coaching week', () => {
  it('shows the README\u2019s demo (seed 42) first manager, on a Sunday, as one who coaches', () => {
    const [first] = demoWeeks(42, '2026-11-22');
    const week = first!.adherence.weeks.at(-1)!;
    expect(first!.name).toBe('Mei Hansen');
    // Healthy with room to improve: not flagged, most of the plan held, a streak.
    expect(['below', 'target']).toContain(week.band);
    expect(week.share).toBeGreaterThanOrEqual(0.15);
    expect(week.held).toBeGreaterThanOrEqual(week.planned - 2);
    expect(first!.adherence.streakWeeks).toBeGreaterThanOrEqual(2);
    expect(first!.adherence.repsWithoutOneOnOne.length).toBeLessThanOrEqual(2);
  });

  it.each([1, 7, 42, 2026])('seed %i: the first manager coaches steadily, the fifth hardly, over complete weeks', (seed) => {
    const managers = demoWeeks(seed, '2026-11-22');
    const shares = managers.map((m) => median(m.adherence.weeks.map((w) => w.share)));
    expect(shares[0]).toBeGreaterThanOrEqual(0.22);
    expect(shares[0]).toBeLessThanOrEqual(0.4);
    expect(shares[4]).toBeLessThan(0.1);
    expect(managers[0]!.adherence.weeks.filter((w) => w.everyRepCoached).length).toBeGreaterThanOrEqual(5);
    expect(managers[4]!.adherence.repsWithoutOneOnOne.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the complete weeks unchanged whatever weekday the demo is loaded', () => {
    const complete = (asOf: string) => demoWeeks(42, asOf).map((m) => m.adherence.weeks.slice(0, -1).map((w) => [w.weekStart, w.held, w.share]));
    // The week of Nov 16 seen from the following Wednesday and Sunday.
    expect(complete('2026-11-25').map((weeks) => weeks.slice(0, -1))).toEqual(complete('2026-11-29').map((weeks) => weeks.slice(0, -1)));
  });
});
