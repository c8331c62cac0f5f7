import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../format-count.ts';
import { ChartFigure } from './chart-figure.tsx';
import { chartColors, labelStyle, tickStyle } from './chart-theme.ts';
import { formatPercent } from './format-percent.ts';

export type CountRow = { label: string; count: number; color?: string };

type Props = { title: string; rows: readonly CountRow[]; unit: [singular: string, plural: string] };

/** A count per category as labelled horizontal bars ("11 · 18 %"); for small distributions. */
export function CountBarChart({ title, rows, unit }: Props) {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const share = (count: number) => (total > 0 ? count / total : null);
  const text = (count: number) => `${formatCount(count)} ${count === 1 ? unit[0] : unit[1]}`;
  const data = rows.map((row) => ({ ...row, text: `${text(row.count)} · ${formatPercent(share(row.count))}` }));
  const summary = `${text(total)}: ${rows.map((row) => `${row.label} ${formatCount(row.count)}`).join(', ')}.`;
  const table = {
    columns: ['Category', 'Count', 'Share'],
    rows: rows.map((row) => [row.label, formatCount(row.count), formatPercent(share(row.count))]),
  };
  return (
    <ChartFigure title={title} table={table}>
      <BarChart accessibilityLayer title={title} desc={summary} layout="vertical" data={data} responsive
        style={{ width: '100%', height: rows.length * 40 + 8 }} margin={{ top: 4, right: 110, bottom: 4, left: 4 }} barCategoryGap={8}>
        <XAxis type="number" hide domain={[0, Math.max(1, ...rows.map((row) => row.count))]} />
        <YAxis type="category" dataKey="label" width={76} tick={{ ...tickStyle, fontSize: 13 }} axisLine={false} tickLine={false} />
        <Tooltip formatter={(value) => [text(Number(value)), title]} cursor={{ fill: '#f1f3f6' }} />
        <Bar dataKey="count" isAnimationActive={false} radius={[0, 3, 3, 0]} minPointSize={2}>
          {data.map((row) => <Cell key={row.label} fill={row.color ?? chartColors.primary} />)}
          <LabelList dataKey="text" position="right" style={labelStyle} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
