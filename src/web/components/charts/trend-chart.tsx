import { Bar, CartesianGrid, ComposedChart, LabelList, Line, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import { formatCount } from '../format-count.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { chartColors, labelStyle, tickStyle } from './chart-theme.ts';
import { formatPercent } from './format-percent.ts';

export type TrendMonth = { month: string; won: number; closed: number };

type Props = { title: string; months: readonly TrendMonth[] };

const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string; index?: number } };

/** The month's short name, with the year under it on January and on the first month. */
function MonthTick({ x = 0, y = 0, payload }: TickProps) {
  const month = payload?.value ?? '';
  if (month === '') return null;
  const date = asDate(month);
  const showYear = payload?.index === 0 || date.getUTCMonth() === 0;
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" style={tickStyle}>
      <tspan x={Number(x)}>{monthName.format(date)}</tspan>
      {showYear && <tspan x={Number(x)} dy={14}>{date.getUTCFullYear()}</tspan>}
    </text>
  );
}

/** A bar's count: inside the bar in white when it fits, above it otherwise (so the line never hides it). */
function BarValue({ x, y, width, height, value }: LabelProps) {
  if (!value) return null;
  const inside = Number(height) >= 20;
  const cx = Number(x) + Number(width) / 2;
  return (
    <text x={cx} y={inside ? Number(y) + 14 : Number(y) - 6} textAnchor="middle"
      style={{ ...labelStyle, fill: inside ? '#ffffff' : chartColors.text }}>{value}</text>
  );
}

/** Won deals per month as bars, and the month's win rate (won ÷ closed) as a line. */
export function TrendChart({ title, months }: Props) {
  const data = months.map((m) => ({
    month: m.month,
    won: m.won,
    winRate: m.closed > 0 ? m.won / m.closed : null,
  }));
  const won = months.reduce((sum, m) => sum + m.won, 0);
  const closed = months.reduce((sum, m) => sum + m.closed, 0);
  const first = months[0];
  const last = months[months.length - 1];
  const span = first && last ? `${monthYear.format(asDate(first.month))} to ${monthYear.format(asDate(last.month))}` : '';
  const summary = months.length === 0 ? 'No closed deals in the last 12 months.'
    : `${formatCount(won)} won of ${formatCount(closed)} closed from ${span} (${formatPercent(closed > 0 ? won / closed : null)} win rate).`;
  const table = {
    columns: ['Month', 'Won deals', 'Closed deals', 'Win rate'],
    rows: months.map((m) => [monthYear.format(asDate(m.month)), String(m.won), String(m.closed), formatPercent(m.closed > 0 ? m.won / m.closed : null)]),
  };
  const maxWon = Math.max(1, ...months.map((m) => m.won));
  // The rate axis fits the data (up to the next 20 %), so a 9 % line is not flattened against 100 %.
  const maxRate = Math.max(0, ...data.map((d) => d.winRate ?? 0));
  const rateTop = Math.min(1, Math.max(0.2, Math.ceil((maxRate * 1.1) / 0.2) * 0.2));
  const rateTicks = [0, rateTop / 4, rateTop / 2, (rateTop * 3) / 4, rateTop];
  return (
    <ChartFigure title={title} summary={summary} table={table}>
      <ChartLegend items={[{ label: 'Won deals', swatch: 'solid' }, { label: 'Win rate (won ÷ closed)', swatch: 'line' }]} />
      <ComposedChart accessibilityLayer title={title} desc={summary} data={data} responsive
        style={{ width: '100%', height: 280 }} margin={{ top: 20, right: 4, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="month" tick={MonthTick} height={36} stroke={chartColors.axis} interval={0} />
        <YAxis yAxisId="won" allowDecimals={false} domain={[0, Math.ceil(maxWon * 1.15)]} tick={tickStyle} stroke={chartColors.axis} width={32}
          label={{ value: 'Won', angle: -90, position: 'insideLeft', style: tickStyle }} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, rateTop]} ticks={rateTicks} tickFormatter={(v: number) => formatPercent(v)}
          tick={tickStyle} stroke={chartColors.axis} width={48} />
        <Tooltip labelFormatter={(month) => monthYear.format(asDate(String(month)))} formatter={(value, name) => [name === 'Win rate' ? formatPercent(Number(value)) : String(value), name]} />
        <Bar yAxisId="won" dataKey="won" name="Won deals" fill={chartColors.primary} maxBarSize={28} isAnimationActive={false}>
          <LabelList dataKey="won" content={BarValue} />
        </Bar>
        <Line yAxisId="rate" dataKey="winRate" name="Win rate" stroke={chartColors.line} strokeWidth={2} connectNulls={false}
          dot={{ r: 3, fill: chartColors.line }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFigure>
  );
}
