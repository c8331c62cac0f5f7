import { describe, expect, it } from 'vitest';
import type { RepRow } from '../../../contract/analytics.ts';
import { sortReps } from './sort-reps.ts';

const rep = (name: string, attainment: number | null, winRate: number | null, segment: RepRow['segment'] = 'core') => ({
  id: name.length, name, attainment, segment, quadrant: null,
  kpis: { winRate: { value: winRate, sample: 10, lowConfidence: false }, wonValue: attainment === null ? null : attainment * 1000 },
}) as unknown as RepRow;

const reps = [rep('Cleo', 0.8, 0.2), rep('Ada', null, 0.3, 'star'), rep('Bo', 1.2, null, 'bottom')];
const names = (sorted: RepRow[]) => sorted.map((r) => r.name);

describe('sortReps', () => {
  it('sorts numbers both ways and keeps unknown values last', () => {
    expect(names(sortReps(reps, '-attainment'))).toEqual(['Bo', 'Cleo', 'Ada']);
    expect(names(sortReps(reps, 'attainment'))).toEqual(['Cleo', 'Bo', 'Ada']);
    expect(names(sortReps(reps, '-winRate'))).toEqual(['Ada', 'Cleo', 'Bo']);
  });

  it('sorts names alphabetically and segments in their order', () => {
    expect(names(sortReps(reps, 'name'))).toEqual(['Ada', 'Bo', 'Cleo']);
    expect(names(sortReps(reps, 'segment'))).toEqual(['Ada', 'Cleo', 'Bo']);
  });

  it('leaves an unknown sort alone', () => {
    expect(names(sortReps(reps, 'shoe-size'))).toEqual(['Cleo', 'Ada', 'Bo']);
  });
});
