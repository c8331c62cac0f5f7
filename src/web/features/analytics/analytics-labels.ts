// Words for the analytics figures (docs/analytics.md): segments, quadrants, attainment.
import type { RepRow } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import type { PillTone } from '../../components/pill.tsx';

export type Segment = RepRow['segment'];
export type Quadrant = NonNullable<RepRow['quadrant']>;

export const segments: readonly Segment[] = ['star', 'core', 'bottom', 'ramping'];

export const segmentLabels: Record<Segment, string> = { star: 'Star', core: 'Core', bottom: 'Bottom', ramping: 'Ramping' };
export const segmentTones: Record<Segment, PillTone> = { star: 'success', core: 'info', bottom: 'warning', ramping: 'neutral' };
/** Bar fills per segment, each at least 3:1 on white (the bars are labelled too). */
export const segmentColors: Record<Segment, string> = { star: '#067647', core: '#4f46e5', bottom: '#b54708', ramping: '#667085' };

export const quadrantLabels: Record<Quadrant, string> = {
  earned: 'Earned', bad_break: 'Bad break', lucky: 'Lucky', poetic_justice: 'Poetic justice',
};
export const quadrantHints: Record<Quadrant, string> = {
  earned: 'Good process, good results: keep going.',
  bad_break: 'Good process, results not there yet: be patient.',
  lucky: 'Results without the process: fix it before the wins fade.',
  poetic_justice: 'Process and results both below: fix the process.',
};

/** "54 % of quota", "120 % of peer median", or "—" when unknown. */
export function formatAttainment(attainment: number | null, basis: RepRow['attainmentBasis']): string {
  if (attainment === null) return '—';
  return `${formatPercent(attainment)} ${basis === 'peer_median' ? 'of peer median' : 'of quota'}`;
}

/** An API phrase ("no deal closed in the window") as a sentence start: "No deal closed in the window". */
export function sentence(text: string): string {
  return text === '' ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
