// A stakeholder's stance and influence on a deal, in words (deal room, co-creation Investigate).
export const stanceLabels = {
  champion: 'Champion', supporter: 'Supporter', neutral: 'Neutral', skeptic: 'Skeptic', blocker: 'Blocker',
} as const;
export type Stance = keyof typeof stanceLabels;

export const stanceTones: Record<Stance, 'success' | 'info' | 'neutral' | 'warning' | 'danger'> = {
  champion: 'success', supporter: 'info', neutral: 'neutral', skeptic: 'warning', blocker: 'danger',
};

export const influenceLabels = { low: 'Low', medium: 'Medium', high: 'High' } as const;
export type Influence = keyof typeof influenceLabels;
