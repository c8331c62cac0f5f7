import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../../contract/analytics.ts';
import { kpiTiles } from './kpi-tiles-model.ts';

const rate = (value: number | null, sample: number) => ({ value, sample, lowConfidence: sample < 5 });
const kpis = (change: Partial<Kpis> = {}): Kpis => ({
  wonCount: 8, lostCount: 61, noDecisionCount: 15, winRate: rate(8 / 69, 69), winRateValue: null, wonValue: 114800,
  avgDealSize: 14350, cycleDaysMedian: 48.5, cycleSample: 8, cycleBasis: 'created', openCount: 16, openValue: null,
  velocity: 548.87, noDecisionRate: rate(15 / 69, 69), activitiesPerWeek: 13.9, activitiesByType: { call: 5.8, email: 3.4, meeting: 3.6 },
  connectRate: rate(0.47, 148), reasons: { winRateValue: '6 closed deal(s) have no amount', openValue: '2 open deal(s) have no amount' },
  ...change,
});
const tile = (tiles: ReturnType<typeof kpiTiles>, key: string) => tiles.find((t) => t.key === key)!;
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('kpiTiles', () => {
  it('shows each figure with its sample', () => {
    const win = tile(kpiTiles(kpis()), 'winRate');
    expect(plain(win.value)).toBe('12 %');
    expect(win.detail).toBe('n = 69 closed');
    expect(win.state).toBe('ok');
  });

  it('marks a rate over fewer than 5 events as low confidence', () => {
    const win = tile(kpiTiles(kpis({ winRate: rate(0.5, 4) })), 'winRate');
    expect(win.state).toBe('low');
    expect(win.detail).toBe('n = 4 closed, low confidence');
  });

  it('shows a missing figure as a dash with the reason from the API, as a sentence', () => {
    const value = tile(kpiTiles(kpis()), 'winRateValue');
    expect(value).toMatchObject({ value: '—', state: 'missing', reason: '6 closed deal(s) have no amount' });
    const activity = tile(kpiTiles(kpis({ activitiesPerWeek: null, reasons: { activitiesPerWeek: 'no activities imported for the org' } })), 'activitiesPerWeek');
    expect(activity.reason).toBe('No activities imported for the org');
  });

  it('compares activity with its benchmark when there is one', () => {
    expect(tile(kpiTiles(kpis(), { activityBenchmark: 13.2 }), 'activitiesPerWeek').comparison).toEqual({ text: 'meets the 13.2 benchmark', tone: 'above' });
    expect(tile(kpiTiles(kpis(), { activityBenchmark: 20 }), 'activitiesPerWeek').comparison?.tone).toBe('below');
    expect(tile(kpiTiles(kpis()), 'activitiesPerWeek').comparison).toBeUndefined();
  });

  it('keeps an open pipeline count even when its value is unknown, and says why', () => {
    const open = tile(kpiTiles(kpis()), 'open');
    expect(open.value).toBe('16 deals');
    expect(open.detail).toBe('Value unknown: 2 open deal(s) have no amount');
  });
});
