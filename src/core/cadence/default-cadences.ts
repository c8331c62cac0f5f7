// The default cadence every manager starts with (SPEC §4.9): a weekly 30-minute 1:1 per rep
// and a weekly 60-minute team skill session; stars get a light-touch suggestion (every two
// weeks, 20 minutes), since coaching is largely wasted on stars and matters most for core
// performers (seeds: "Sales Manager Excellence").
import type { IsoDate } from '../crm/records.ts';
import type { CadenceKind, CadenceRule } from './cadence-rule.ts';

export type Segment = 'star' | 'core' | 'bottom' | 'ramping';

export type CadenceDraft = CadenceRule & { kind: CadenceKind; repId: number | null };

export const DEFAULT_ONE_ON_ONE = { everyWeeks: 1, durationMin: 30 } as const;
export const LIGHT_TOUCH = { everyWeeks: 2, durationMin: 20 } as const;
export const DEFAULT_TEAM_SKILL = { weekday: 5, localTime: '09:00', everyWeeks: 1, durationMin: 60 } as const;

/** The suggested 1:1 rhythm for a rep of this segment (null: not analysed yet). */
export function suggestedOneOnOne(segment: Segment | null): { everyWeeks: number; durationMin: number; reason: string } {
  if (segment === 'star') return { ...LIGHT_TOUCH, reason: 'Star: light touch, every two weeks for 20 minutes.' };
  if (segment === 'core') return { ...DEFAULT_ONE_ON_ONE, reason: 'Core performer: coaching matters most here; weekly 30 minutes.' };
  if (segment === 'ramping') return { ...DEFAULT_ONE_ON_ONE, reason: 'Ramping: weekly 30 minutes while they learn the process.' };
  if (segment === 'bottom') return { ...DEFAULT_ONE_ON_ONE, reason: 'Bottom: weekly 30 minutes; check talent fit with the leader too.' };
  return { ...DEFAULT_ONE_ON_ONE, reason: 'Default: weekly 30 minutes.' };
}

/**
 * The default cadences of one manager: 1:1s spread Monday to Thursday from 10:00 in
 * 45-minute steps (four reps a day), and the team skill session on Friday at 09:00.
 */
export function defaultCadences(
  reps: readonly { repId: number; segment: Segment | null }[], timeZone: string, startsOn: IsoDate,
): CadenceDraft[] {
  const oneOnOnes = reps.map((rep, i): CadenceDraft => {
    const minutes = 10 * 60 + Math.floor(i / 4) * 45;
    const { everyWeeks, durationMin } = suggestedOneOnOne(rep.segment);
    return {
      kind: 'one_on_one', repId: rep.repId, weekday: 1 + (i % 4),
      localTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      timeZone, everyWeeks, durationMin, startsOn,
    };
  });
  const team: CadenceDraft = { kind: 'team_skill', repId: null, ...DEFAULT_TEAM_SKILL, timeZone, startsOn };
  return reps.length > 0 ? [...oneOnOnes, team] : [];
}
