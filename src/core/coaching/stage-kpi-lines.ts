// The two figures printed under each stage of the guide (SPEC §4.7 "stage KPIs"): the
// conversion to the next stage against its benchmark, and the days a deal should spend in
// the stage. A target the admin set wins over the data's median (docs/analytics.md
// "Benchmarks"); a figure the data cannot support is shown as missing, never invented.
import type { SheetKpi } from './guide-sheet.ts';

export type StageFigures = {
  /** The stage a deal converts to: the next open stage, or "Won" after the last. */
  nextStageName: string;
  conversion: { target: number | null; median: number | null; medianReps: number };
  days: { expected: number | null; median: number | null; entries: number };
};

const pct = (v: number): string => `${Math.round(v * 100)} %`;
const days = (v: number): string => `${Math.round(v)} ${Math.round(v) === 1 ? 'day' : 'days'}`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function stageKpiLines(figures: StageFigures): SheetKpi[] {
  const { conversion: c, days: d } = figures;
  const conversion: SheetKpi = { label: `Converts to ${figures.nextStageName}`, value: null, note: null };
  if (c.target !== null) {
    conversion.value = pct(c.target);
    conversion.note = c.median === null ? 'target' : `target · median ${pct(c.median)}`;
  } else if (c.median !== null) {
    conversion.value = pct(c.median);
    conversion.note = `median of ${plural(c.medianReps, 'rep', 'reps')}`;
  }
  const time: SheetKpi = { label: 'Time in stage', value: null, note: null };
  if (d.expected !== null) {
    time.value = days(d.expected);
    time.note = d.median === null ? 'expected' : `expected · median ${days(d.median)}`;
  } else if (d.median !== null) {
    time.value = days(d.median);
    time.note = `median of ${plural(d.entries, 'deal', 'deals')}`;
  }
  return [conversion, time];
}
