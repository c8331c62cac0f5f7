import { Pill, type PillTone } from '../../components/pill.tsx';
import type { Outcome } from './deal-search-params.ts';

export const outcomeLabels: Record<Outcome, string> = { open: 'Open', won: 'Won', lost: 'Lost', no_decision: 'No decision' };
const tones: Record<Outcome, PillTone> = { open: 'info', won: 'success', lost: 'danger', no_decision: 'warning' };

export function OutcomePill({ outcome }: { outcome: Outcome }) {
  return <Pill tone={tones[outcome]}>{outcomeLabels[outcome]}</Pill>;
}
