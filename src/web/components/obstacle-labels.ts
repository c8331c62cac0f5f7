// What blocks a deal (SPEC §4.10), in the words the pages use.
import type { ObstacleCategory } from '../../contract/cocreation.ts';

export const obstacleLabels: Record<ObstacleCategory, string> = {
  price_budget: 'Price or budget',
  status_quo: 'Status quo / no decision',
  competing_priority: 'Competing priority',
  stakeholder_resistance: 'Stakeholder resistance',
  risk_compliance: 'Risk or compliance',
  timing: 'Timing',
  technical_fit: 'Technical fit',
  other: 'Other',
};

export const obstacleHints: Record<ObstacleCategory, string> = {
  price_budget: 'The money: too expensive, no budget line, or the budget went elsewhere.',
  status_quo: 'Doing nothing feels safer: no urgency, no decision being made.',
  competing_priority: 'Something else got the attention, people or money first.',
  stakeholder_resistance: 'Someone with a say is against it, or not convinced.',
  risk_compliance: 'Legal, security, procurement or compliance concerns.',
  timing: 'Not now: a freeze, a reorganisation, a calendar that does not fit.',
  technical_fit: 'The product does not fit what they run, or they doubt it will.',
  other: 'None of the above: say what it is.',
};

export const obstacleOrder = Object.keys(obstacleLabels) as ObstacleCategory[];
