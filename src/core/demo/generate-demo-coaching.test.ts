import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../coaching/default-guide.ts';
import { generateDemoCoaching } from './generate-demo-coaching.ts';
import { generateDemoOrg } from './generate-demo-org.ts';

const asOf = '2026-06-30'; // a Tuesday: the as-of week is under way
const org = generateDemoOrg({ seed: 5, reps: 24, asOf });
const stageOf = new Map(DEFAULT_GUIDE.flatMap((stage) => stage.behaviours.map((b) => [b.key, stage.stageKey])));

describe('generateDemoCoaching', () => {
  const sessions = generateDemoCoaching(5, asOf, org.people, org.stagesToCoach);
  const held = sessions.filter((s) => s.status === 'held');

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoCoaching(5, asOf, org.people, org.stagesToCoach)).toEqual(sessions);
    expect(generateDemoCoaching(6, asOf, org.people, org.stagesToCoach)).not.toEqual(sessions);
  });

  it('schedules sessions on weekdays in the 8 ISO weeks ending with the as-of week, before as-of, each rep with their own manager', () => {
    expect(held.length).toBeGreaterThan(100);
    const managerOf = new Map(org.people.map((p) => [p.externalId, p.managerRef]));
    for (const s of sessions) {
      expect(s.on < asOf).toBe(true);
      expect(s.on >= '2026-05-11').toBe(true); // the Monday 7 weeks before the as-of week's
      expect([0, 6]).not.toContain(new Date(`${s.on}T00:00:00Z`).getUTCDay());
      if (s.repRef !== null) expect(managerOf.get(s.repRef)).toBe(s.managerRef);
      expect(s.repRef === null).toBe(s.kind === 'team_skill');
      expect(s.coaching !== null).toBe(s.status === 'held' && s.kind !== 'team_skill');
      for (const o of s.coaching?.observations ?? []) expect(o.rating).toBeGreaterThanOrEqual(1);
      for (const o of s.coaching?.observations ?? []) expect(o.rating).toBeLessThanOrEqual(4);
    }
  });

  it('mixes held 1:1s with some missed or cancelled ones, deal coaching and a weekly team session', () => {
    const count = (test: (s: (typeof sessions)[number]) => boolean) => sessions.filter(test).length;
    expect(count((s) => s.kind === 'one_on_one' && s.status !== 'held')).toBeGreaterThan(5);
    expect(count((s) => s.kind === 'deal')).toBeGreaterThan(5);
    expect(count((s) => s.kind === 'team_skill' && s.status === 'held')).toBeGreaterThan(20);
  });

  it('rates the behaviours of the stage each rep is weakest at', () => {
    for (const s of held) {
      if (!s.coaching) continue;
      const stages = org.stagesToCoach[s.repRef!]!;
      expect(stages.length).toBeGreaterThan(0);
      for (const o of s.coaching.observations) expect(stages).toContain(stageOf.get(o.behaviourKey));
    }
  });

  it('leaves only the latest 1:1 commitment of each rep open; earlier ones were reviewed', () => {
    const byRep = new Map<string, typeof sessions>();
    for (const s of held.filter((s) => s.coaching?.commitment)) byRep.set(s.repRef!, [...(byRep.get(s.repRef!) ?? []), s]);
    for (const list of byRep.values()) {
      const sorted = [...list].sort((a, b) => a.on.localeCompare(b.on));
      expect(sorted.at(-1)!.coaching!.commitment!.status).toBe('open');
      for (const s of sorted.slice(0, -1)) expect(['done', 'not_done']).toContain(s.coaching!.commitment!.status);
    }
    expect(held.filter((s) => s.kind === 'deal').every((s) => s.coaching?.commitment === null)).toBe(true);
  });

  it('gives managers different coaching regularity', () => {
    const perManager = new Map<string, number>();
    for (const s of held) perManager.set(s.managerRef, (perManager.get(s.managerRef) ?? 0) + 1);
    const counts = [...perManager.values()];
    expect(Math.max(...counts)).toBeGreaterThan(2 * Math.min(...counts));
  });
});
