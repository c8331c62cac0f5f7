import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { chartColors, labelStyle, tickStyle } from './chart-theme.ts';
import { formatPercent, formatPoints } from './format-percent.ts';
import { useNarrow } from './use-narrow.ts';

export type FunnelRow = {
  transition: string;
  value: number | null;
  sample: number;
  lowConfidence: boolean;
  benchmark: number | null;
};

type Props = {
  title: string;
  rows: readonly FunnelRow[];
  /** Whose conversion: a rep's name, "Team", "Organisation". */
  seriesLabel: string;
  benchmarkLabel?: string;
};

const ROW_HEIGHT = 52;
/** A gap smaller than this (5 percentage points) is noise, not a finding. */
const NOTABLE_GAP = 0.05;

function isBelow(row: FunnelRow): boolean {
  return row.value !== null && row.benchmark !== null && !row.lowConfidence && row.benchmark - row.value >= NOTABLE_GAP;
}

function valueLabel(row: FunnelRow, short = false): string {
  if (row.value === null) return 'no deals';
  if (short) return row.lowConfidence ? `${formatPercent(row.value)} (low)` : formatPercent(row.value);
  if (row.lowConfidence) return `${formatPercent(row.value)} · n = ${row.sample}, low confidence`;
  return isBelow(row) ? `${formatPercent(row.value)} · ${formatPoints(row.value - (row.benchmark ?? 0))}` : formatPercent(row.value);
}

/** Stage-to-stage conversion as grouped horizontal bars: the series against its benchmark. */
export function FunnelChart({ title, rows, seriesLabel, benchmarkLabel = 'Benchmark' }: Props) {
  const narrow = useNarrow();
  const data = rows.map((row) => ({
    transition: row.transition,
    value: row.value ?? 0,
    valueText: valueLabel(row, narrow),
    benchmark: row.benchmark,
    benchmarkText: formatPercent(row.benchmark),
    low: row.lowConfidence,
  }));
  const below = rows.filter(isBelow);
  const summary = rows.length === 0 ? 'No stage conversions to show.'
    : below.length === 0 ? `${seriesLabel} converts within 5 points of the benchmark, or above it, at every stage with enough deals.`
    : `${seriesLabel} converts 5 points or more below the benchmark at ${below.length} of ${rows.length} stages: ${below.map((row) => row.transition).join('; ')}.`;
  const table = {
    columns: ['Stage', seriesLabel, benchmarkLabel, 'Difference', 'Deals'],
    rows: rows.map((row) => [
      row.transition, valueLabel(row), formatPercent(row.benchmark),
      row.value !== null && row.benchmark !== null ? formatPoints(row.value - row.benchmark) : '—', String(row.sample),
    ]),
  };
  return (
    <ChartFigure title={title} summary={summary} table={table}>
      <ChartLegend items={[{ label: seriesLabel, swatch: 'solid' }, { label: benchmarkLabel, swatch: 'outline' }]} />
      <BarChart
        accessibilityLayer
        title={title}
        desc={summary}
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: rows.length * ROW_HEIGHT + 40 }}
        margin={{ top: 4, right: narrow ? 56 : 170, bottom: 4, left: narrow ? 0 : 8 }}
        barCategoryGap={10}
        barGap={2}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => formatPercent(v)}
          tick={tickStyle} stroke={chartColors.axis} />
        <YAxis type="category" dataKey="transition" width={narrow ? 112 : 190} tick={narrow ? { ...tickStyle, fontSize: 11 } : tickStyle}
          stroke={chartColors.axis} interval={0} />
        <Tooltip formatter={(value, name) => [formatPercent(Number(value)), name]} cursor={{ fill: '#f1f3f6' }} />
        <Bar dataKey="value" name={seriesLabel} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.transition} fill={row.low ? chartColors.primarySoft : chartColors.primary}
              stroke={chartColors.primary} strokeDasharray={row.low ? '3 2' : undefined} />
          ))}
          <LabelList dataKey="valueText" position="right" style={labelStyle} />
        </Bar>
        <Bar dataKey="benchmark" name={benchmarkLabel} fill={chartColors.benchmarkFill} stroke={chartColors.benchmark} isAnimationActive={false}>
          <LabelList dataKey="benchmarkText" position="right" style={{ ...labelStyle, fill: chartColors.textMuted, fontWeight: 400 }} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
