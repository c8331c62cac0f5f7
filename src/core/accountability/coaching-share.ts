// The coaching share of a manager's week (SPEC §4.9): (held session minutes + self-reported
// coaching hours) ÷ working hours, default 40 h. Target band 25–40 %; under 10 % is flagged.

export const DEFAULT_WORKING_HOURS = 40;
export const TARGET_BAND = { low: 0.25, high: 0.4 } as const;
export const FLAG_UNDER = 0.1;

export type ShareBand = 'flag' | 'below' | 'target' | 'above';

export function coachingShare(heldMinutes: number, coachingEntryHours: number, workingHours = DEFAULT_WORKING_HOURS): number {
  return (heldMinutes / 60 + coachingEntryHours) / workingHours;
}

export function shareBand(share: number): ShareBand {
  if (share < FLAG_UNDER) return 'flag';
  if (share < TARGET_BAND.low) return 'below';
  if (share <= TARGET_BAND.high) return 'target';
  return 'above';
}
