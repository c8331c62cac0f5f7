import { describe, expect, it } from 'vitest';
import { generateDemoCoaching } from './generate-demo-coaching.ts';
import { generateDemoOrg } from './generate-demo-org.ts';

const asOf = '2026-06-30';
const org = generateDemoOrg({ seed: 5, reps: 24, asOf });

describe('generateDemoCoaching', () => {
  const sessions = generateDemoCoaching(5, asOf, org.people);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoCoaching(5, asOf, org.people)).toEqual(sessions);
    expect(generateDemoCoaching(6, asOf, org.people)).not.toEqual(sessions);
  });

  it('holds sessions on weekdays in the 8 weeks before as-of, each rep with their own manager', () => {
    expect(sessions.length).toBeGreaterThan(20);
    const managerOf = new Map(org.people.map((p) => [p.externalId, p.managerRef]));
    for (const s of sessions) {
      expect(s.heldOn < asOf).toBe(true);
      expect(s.heldOn >= '2026-05-05').toBe(true);
      expect([0, 6]).not.toContain(new Date(`${s.heldOn}T00:00:00Z`).getUTCDay());
      expect(managerOf.get(s.repRef)).toBe(s.managerRef);
      expect(s.rating).toBeGreaterThanOrEqual(1);
      expect(s.rating).toBeLessThanOrEqual(4);
    }
  });

  it('leaves only the latest commitment of each rep open; earlier ones were reviewed', () => {
    const byRep = new Map<string, typeof sessions>();
    for (const s of sessions) byRep.set(s.repRef, [...(byRep.get(s.repRef) ?? []), s]);
    for (const list of byRep.values()) {
      const sorted = [...list].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
      expect(sorted.at(-1)!.commitment.status).toBe('open');
      for (const s of sorted.slice(0, -1)) expect(['done', 'not_done']).toContain(s.commitment.status);
    }
  });

  it('gives managers different coaching regularity', () => {
    const perManager = new Map<string, number>();
    for (const s of sessions) perManager.set(s.managerRef, (perManager.get(s.managerRef) ?? 0) + 1);
    const counts = [...perManager.values()];
    expect(Math.max(...counts)).toBeGreaterThan(2 * Math.min(...counts));
  });
});
