import { describe, expect, it } from 'vitest';
import type { SheetKpi } from './guide-sheet.ts';
import { stageKpiLines, type StageFigures } from './stage-kpi-lines.ts';

const figures = (conversion: Partial<StageFigures['conversion']>, days: Partial<StageFigures['days']>): StageFigures => ({
  nextStageName: 'Solution',
  conversion: { target: null, median: null, medianReps: 0, ...conversion },
  days: { expected: null, median: null, entries: 0, ...days },
});

describe('stageKpiLines', () => {
  it.each<[string, StageFigures, SheetKpi[]]>([
    ['nothing known: dashes, no invented figure', figures({}, {}), [
      { label: 'Converts to Solution', value: null, note: null }, { label: 'Time in stage', value: null, note: null },
    ]],
    ['a target alone', figures({ target: 0.6 }, { expected: 14 }), [
      { label: 'Converts to Solution', value: '60 %', note: 'target' }, { label: 'Time in stage', value: '14 days', note: 'expected' },
    ]],
    ['a target and the median beside it', figures({ target: 0.6, median: 0.547, medianReps: 7 }, { expected: 14, median: 11.5, entries: 40 }), [
      { label: 'Converts to Solution', value: '60 %', note: 'target · median 55 %' },
      { label: 'Time in stage', value: '14 days', note: 'expected · median 12 days' },
    ]],
    ['the median alone, with its sample', figures({ median: 0.314, medianReps: 1 }, { median: 1, entries: 1 }), [
      { label: 'Converts to Solution', value: '31 %', note: 'median of 1 rep' }, { label: 'Time in stage', value: '1 day', note: 'median of 1 deal' },
    ]],
    ['medians of many', figures({ median: 0.5, medianReps: 12 }, { median: 9.4, entries: 230 }), [
      { label: 'Converts to Solution', value: '50 %', note: 'median of 12 reps' }, { label: 'Time in stage', value: '9 days', note: 'median of 230 deals' },
    ]],
  ])('%s', (_case, input, expected) => {
    expect(stageKpiLines(input)).toEqual(expected);
  });
});
