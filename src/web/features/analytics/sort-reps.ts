// Client-side sorting of a team's reps (the team endpoint returns them all at once).
import type { RepRow } from '../../../contract/analytics.ts';
import { segments } from './analytics-labels.ts';

export const repSortFields = ['name', 'segment', 'quadrant', 'winRate', 'wonValue', 'attainment'] as const;
export type RepSortField = (typeof repSortFields)[number];
export const DEFAULT_REP_SORT = '-attainment';

const quadrantOrder = ['earned', 'bad_break', 'lucky', 'poetic_justice'];

function key(rep: RepRow, field: RepSortField): string | number | null {
  switch (field) {
    case 'name': return rep.name;
    case 'segment': return segments.indexOf(rep.segment);
    case 'quadrant': return rep.quadrant === null ? null : quadrantOrder.indexOf(rep.quadrant);
    case 'winRate': return rep.kpis.winRate.value;
    case 'wonValue': return rep.kpis.wonValue;
    case 'attainment': return rep.attainment;
  }
}

/** "field" ascending or "-field" descending; unknown values always last; ties by name. */
export function sortReps(reps: readonly RepRow[], sort: string): RepRow[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as RepSortField;
  if (!repSortFields.includes(field)) return [...reps];
  return [...reps].sort((a, b) => {
    const x = key(a, field);
    const y = key(b, field);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return (descending ? -order : order) || a.name.localeCompare(b.name);
  });
}
