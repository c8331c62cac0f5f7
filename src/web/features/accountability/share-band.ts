// The coaching share of a manager's week and its band (SPEC §4.9, docs/accountability.md):
// (held session minutes ÷ 60 + self-reported coaching hours) ÷ 40 working hours;
// target 25–40 %, flagged under 10 %. The server decides; the page previews a report with the same rule.
import type { WeekAdherence } from '../../../contract/cadence.ts';
import type { PillTone } from '../../components/pill.tsx';

export type Band = WeekAdherence['band'];
export const WORKING_HOURS = 40;
export const BAND = { flagUnder: 0.1, low: 0.25, high: 0.4 } as const;

export function shareOf(heldMinutes: number, coachingHours: number): number {
  return (heldMinutes / 60 + coachingHours) / WORKING_HOURS;
}

export function bandOf(share: number): Band {
  if (share < BAND.flagUnder) return 'flag';
  if (share < BAND.low) return 'below';
  if (share <= BAND.high) return 'target';
  return 'above';
}

export const bandLabels: Record<Band, string> = { flag: 'Flag: under 10 %', below: 'Below the band', target: 'In the band', above: 'Above the band' };
export const bandTones: Record<Band, PillTone> = { flag: 'danger', below: 'warning', target: 'success', above: 'info' };

export function formatShare(share: number | null): string {
  if (share === null) return '—';
  return `${Math.round(share * 100)} %`;
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** The Monday (ISO week start) of a YYYY-MM-DD day, and that week moved by n weeks. */
export function weekStartOf(day: string, shiftWeeks = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + shiftWeeks * 7);
  return date.toISOString().slice(0, 10);
}
