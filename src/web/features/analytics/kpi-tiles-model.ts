// The KPI tiles of the rep, team and org pages, as plain data: a value, its sample, and
// why it is missing or weak (docs/analytics.md: every figure shows its sample and basis).
import type { Kpis } from '../../../contract/analytics.ts';
import { formatDays, formatPercent } from '../../components/charts/format-percent.ts';
import { formatCount } from '../../components/format-count.ts';
import { formatMoney } from '../../components/format-money.ts';
import { sentence } from './analytics-labels.ts';

export const LOW_SAMPLE = 5;

export type KpiTile = {
  key: string;
  label: string;
  value: string;
  detail: string;
  state: 'ok' | 'low' | 'missing';
  /** Why the value is missing, or what limits it. */
  reason?: string;
  comparison?: { text: string; tone: 'above' | 'below' };
};

type Rate = Kpis['winRate'];
type Options = { activityBenchmark?: number | null };

const one = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const sampleText = (n: number, what: string) => `n = ${formatCount(n)} ${what}`;

function rateTile(key: string, label: string, rate: Rate | null, what: string, reason: string): KpiTile {
  if (rate === null || rate.value === null) return { key, label, value: '—', detail: reason, state: 'missing', reason };
  const low = rate.lowConfidence;
  return { key, label, value: formatPercent(rate.value), detail: `${sampleText(rate.sample, what)}${low ? ', low confidence' : ''}`, state: low ? 'low' : 'ok' };
}

/** A figure from a sample of deals; `judged` says whether a small sample makes it weak (an average, a median). */
function amountTile(key: string, label: string, value: number | null, sample: number, what: string, reason: string, format: (v: number) => string, judged = true): KpiTile {
  if (value === null) return { key, label, value: '—', detail: reason, state: 'missing', reason };
  const low = judged && sample < LOW_SAMPLE;
  return { key, label, value: format(value), detail: `${sampleText(sample, what)}${low ? ', low confidence' : ''}`, state: low ? 'low' : 'ok' };
}

const money = (v: number) => formatMoney(v, null);

export function kpiTiles(kpis: Kpis, options: Options = {}): KpiTile[] {
  const why = (key: string, fallback: string) => sentence(kpis.reasons[key] ?? fallback);
  const closed = kpis.wonCount + kpis.lostCount;
  const cycleNote = kpis.cycleBasis === 'engaged_or_first_stage' ? ' (from engage or first stage date)'
    : kpis.cycleBasis === 'mixed' ? ' (some from engage or first stage date)' : '';
  const tiles: KpiTile[] = [
    rateTile('winRate', 'Win rate', kpis.winRate, 'closed', why('winRate', 'No deal closed in the window')),
    amountTile('wonValue', 'Won value', kpis.wonValue, kpis.wonCount, 'won', why('wonValue', 'A won deal has no amount'), money, false),
    amountTile('avgDealSize', 'Average won deal', kpis.avgDealSize, kpis.wonCount, 'won', why('avgDealSize', 'No won deal with an amount'), money),
    amountTile('cycleDaysMedian', 'Median sales cycle', kpis.cycleDaysMedian, kpis.cycleSample, `won${cycleNote}`,
      why('cycleDaysMedian', 'No won deal with a known start date'), (v) => formatDays(v)),
    {
      key: 'open', label: 'Open pipeline', value: `${formatCount(kpis.openCount)} ${kpis.openCount === 1 ? 'deal' : 'deals'}`,
      detail: kpis.openValue !== null ? `worth ${money(kpis.openValue)}` : `Value unknown: ${kpis.reasons.openValue ?? 'an open deal has no amount'}`,
      state: 'ok', reason: kpis.openValue === null ? why('openValue', 'An open deal has no amount') : undefined,
    },
    kpis.winRateValue === null
      ? { key: 'winRateValue', label: 'Win rate by value', value: '—', detail: why('winRateValue', 'No deal closed in the window'), state: 'missing', reason: why('winRateValue', 'No deal closed in the window') }
      : { key: 'winRateValue', label: 'Win rate by value', value: formatPercent(kpis.winRateValue), detail: sampleText(closed, 'closed'), state: closed < LOW_SAMPLE ? 'low' : 'ok' },
    activityTile(kpis, options.activityBenchmark ?? null, why('activitiesPerWeek', 'No activities imported for this organisation')),
    rateTile('connectRate', 'Connect rate', kpis.connectRate, 'calls', why('connectRate', 'No calls with a known outcome')),
    rateTile('noDecisionRate', 'No-decision rate', kpis.noDecisionRate, 'closed', why('noDecisionRate', 'No deal closed in the window')),
    amountTile('velocity', 'Pipeline velocity', kpis.velocity, kpis.openCount, 'open',
      why('velocity', 'Needs a win rate, a deal size and a cycle'), (v) => `${money(Math.round(v))} / day`, false),
  ];
  return tiles;
}

function activityTile(kpis: Kpis, benchmark: number | null, reason: string): KpiTile {
  const label = 'Activities per week';
  if (kpis.activitiesPerWeek === null) return { key: 'activitiesPerWeek', label, value: '—', detail: reason, state: 'missing', reason };
  const types = Object.entries(kpis.activitiesByType ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 2)
    .map(([type, perWeek]) => `${type[0]?.toUpperCase() ?? ''}${type.slice(1)} ${one.format(perWeek)}`).join(' · ');
  const tile: KpiTile = { key: 'activitiesPerWeek', label, value: one.format(kpis.activitiesPerWeek), detail: types || 'per week in the window', state: 'ok' };
  if (benchmark !== null) {
    const above = kpis.activitiesPerWeek >= benchmark;
    tile.comparison = { text: `${above ? 'meets' : 'under'} the ${one.format(benchmark)} benchmark`, tone: above ? 'above' : 'below' };
  }
  return tile;
}
