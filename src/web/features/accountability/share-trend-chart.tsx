import { Bar, BarChart, Cell, LabelList, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekAdherence } from '../../../contract/cadence.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { chartColors, labelStyle, tickStyle } from '../../components/charts/chart-theme.ts';
import { BAND, bandLabels, formatShare } from './share-band.ts';

// Bar colours by band, mirrored from the tokens (--danger-text, --warning-text, --accent-600).
const bandFill = { flag: '#b42318', below: '#b54708', target: chartColors.primary, above: chartColors.primary } as const;
const weekTitle = (monday: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`));

/** The coaching share week by week, against the shaded 25–40 % band and the 10 % flag line. */
export function ShareTrendChart({ weeks }: { weeks: WeekAdherence[] }) {
  const data = [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => ({ week: weekTitle(w.weekStart), share: w.share * 100, text: formatShare(w.share), band: w.band }));
  const top = Math.max(50, ...data.map((d) => Math.ceil(d.share / 10) * 10));
  const inBand = weeks.filter((w) => w.band === 'target').length;
  const flagged = weeks.filter((w) => w.band === 'flag').length;
  const title = 'Coaching share, week by week';
  const summary = `${inBand} of ${weeks.length} weeks in the 25–40 % band; ${flagged} under 10 %.`;
  return (
    <ChartFigure title={title} summary={summary}
      table={{ columns: ['Week of', 'Coaching share', 'Band'], rows: data.map((d) => [d.week, d.text, bandLabels[d.band]]) }}>
      <BarChart accessibilityLayer title={title} desc={summary} data={data} responsive style={{ width: '100%', height: 190 }}
        margin={{ top: 18, right: 8, bottom: 0, left: 0 }} barCategoryGap="28%">
        <ReferenceArea y1={BAND.low * 100} y2={BAND.high * 100} fill="#d1fadf" fillOpacity={0.8} ifOverflow="extendDomain" />
        <ReferenceLine y={BAND.flagUnder * 100} stroke={chartColors.line} strokeDasharray="4 3" />
        <XAxis dataKey="week" tick={tickStyle} axisLine={{ stroke: chartColors.axis }} tickLine={false} />
        <YAxis domain={[0, top]} ticks={[0, 10, 25, 40, ...(top > 50 ? [top] : [50])]} tickFormatter={(v: number) => `${v} %`} width={44} tick={tickStyle} axisLine={false} tickLine={false} />
        <Tooltip formatter={(value) => [`${Math.round(Number(value))} %`, 'Coaching share']} cursor={{ fill: '#f1f3f6' }} />
        <Bar dataKey="share" isAnimationActive={false} radius={[3, 3, 0, 0]} minPointSize={2} maxBarSize={44}>
          {data.map((d) => <Cell key={d.week} fill={bandFill[d.band]} />)}
          <LabelList dataKey="text" position="top" style={labelStyle} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
