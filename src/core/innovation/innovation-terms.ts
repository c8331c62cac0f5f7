// The words of deal innovation (SPEC §4.10): obstacle categories, the nine SCAMMPERR lenses,
// outcomes. Kept here so that the core never imports the HTTP contract.
export const OBSTACLE_CATEGORIES = [
  'price_budget', 'status_quo', 'competing_priority', 'stakeholder_resistance', 'risk_compliance', 'timing', 'technical_fit', 'other',
] as const;
export type ObstacleCategory = (typeof OBSTACLE_CATEGORIES)[number];

export const LENSES = ['substitute', 'combine', 'adapt', 'magnify', 'modify', 'put_to_other_uses', 'eliminate', 'rearrange', 'reverse'] as const;
export type Lens = (typeof LENSES)[number];

export type OutcomeResult = 'won' | 'advanced' | 'no_change';

export const OBSTACLE_LABELS: Record<ObstacleCategory, string> = {
  price_budget: 'Price or budget',
  status_quo: 'Status quo / no decision',
  competing_priority: 'Competing priority',
  stakeholder_resistance: 'Stakeholder resistance',
  risk_compliance: 'Risk or compliance',
  timing: 'Timing',
  technical_fit: 'Technical fit',
  other: 'Other',
};
