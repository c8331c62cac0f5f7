// Words and checks for a cadence's rhythm (docs/cadences-and-calendar.md): the same limits
// as the API (CadencePatch), checked as the manager types so that Save rarely fails.
import type { CadenceWithSuggestion } from '../../../contract/cadence.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const kindLabels: Record<CadenceWithSuggestion['kind'], string> = {
  one_on_one: '1:1', team_skill: 'Team skill session', deal: 'Deal coaching',
};

/** "Weekly on Tuesday at 10:00" / "Every 2 weeks on Friday at 09:00". */
export function describeRhythm(rule: { weekday: number; localTime: string; everyWeeks: number }): string {
  const day = WEEKDAYS[rule.weekday - 1] ?? `day ${rule.weekday}`;
  const every = rule.everyWeeks === 1 ? 'Weekly' : `Every ${rule.everyWeeks} weeks`;
  return `${every} on ${day} at ${rule.localTime}`;
}

export type CadenceDraft = { weekday: string; localTime: string; everyWeeks: string; durationMin: string; startsOn: string; active: boolean };
export type DraftErrors = Partial<Record<keyof CadenceDraft, string>>;

export function draftOf(cadence: Pick<CadenceWithSuggestion, 'weekday' | 'localTime' | 'everyWeeks' | 'durationMin' | 'startsOn' | 'active'>): CadenceDraft {
  return {
    weekday: String(cadence.weekday), localTime: cadence.localTime, everyWeeks: String(cadence.everyWeeks),
    durationMin: String(cadence.durationMin), startsOn: cadence.startsOn, active: cadence.active,
  };
}

const isRealDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The draft's problems, by field; empty when it may be saved. */
export function checkDraft(draft: CadenceDraft): DraftErrors {
  const errors: DraftErrors = {};
  const duration = Number(draft.durationMin);
  if (!/^\d+$/.test(draft.durationMin.trim()) || duration < 5 || duration > 480) errors.durationMin = 'Between 5 and 480 minutes, in whole minutes.';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.localTime)) errors.localTime = 'A time such as 10:00.';
  const every = Number(draft.everyWeeks);
  if (!Number.isInteger(every) || every < 1 || every > 12) errors.everyWeeks = 'Every 1 to 12 weeks.';
  const weekday = Number(draft.weekday);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) errors.weekday = 'Choose a day.';
  if (!isRealDay(draft.startsOn)) errors.startsOn = 'A date such as 2026-01-05.';
  return errors;
}

/** Only the fields that changed, as the API's PATCH body. */
export function changesOf(cadence: CadenceWithSuggestion, draft: CadenceDraft): Record<string, string | number | boolean> {
  const next = {
    weekday: Number(draft.weekday), localTime: draft.localTime, everyWeeks: Number(draft.everyWeeks),
    durationMin: Number(draft.durationMin), startsOn: draft.startsOn, active: draft.active,
  };
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => cadence[key as keyof typeof next] !== value));
}

/** True when the rep's segment suggests another rhythm than the one set. */
export function differsFromSuggestion(cadence: CadenceWithSuggestion): boolean {
  const s = cadence.suggestion;
  return s !== null && (s.everyWeeks !== cadence.everyWeeks || s.durationMin !== cadence.durationMin);
}
