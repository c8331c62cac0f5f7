// The demo org must give every screen something true to show: reps who differ by stage,
// realistic losses and cycle times, and open deals of which some are clearly stalled.
import { describe, expect, it } from 'vitest';
import { generateDemoOrg } from './generate-demo-org.ts';
import { OPEN_STAGE_KEYS } from './demo-stage-model.ts';
import { dayFromIsoDate } from './demo-calendar.ts';

const AS_OF = '2026-11-20';
const asOfDay = dayFromIsoDate(AS_OF);
const org = generateDemoOrg({ seed: 42, reps: 60, asOf: AS_OF });
const day = (dateTime: string): number => dayFromIsoDate(dateTime.slice(0, 10));
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const quantile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? Number.NaN;
const stageIndex = (key: string): number => OPEN_STAGE_KEYS.indexOf(key);

const history = new Map<string, { key: string; day: number }[]>();
for (const row of org.stageHistory) {
  const list = history.get(row.opportunityRef) ?? [];
  list.push({ key: row.stageKey, day: day(row.enteredAt) });
  history.set(row.opportunityRef, list);
}
const pushes = new Map<string, number>();
for (const row of org.fieldHistory) {
  if (row.field === 'expectedCloseAt' && row.oldValue !== null) pushes.set(row.opportunityRef, (pushes.get(row.opportunityRef) ?? 0) + 1);
}
const open = org.opportunities.filter((o) => o.outcome === 'open');
const lost = org.opportunities.filter((o) => o.outcome === 'lost' || o.outcome === 'no_decision');
const maxStage = (ref: string): number => Math.max(...(history.get(ref) ?? []).map((h) => stageIndex(h.key)));

describe('rep skill by stage', () => {
  // Conversion at stage k: of resolved deals that reached k, the share that went further
  // (a skipped stage counts as passed, SPEC §4.2).
  const conversion = new Map<string, { reached: number[]; passed: number[] }>();
  for (const opp of org.opportunities) {
    const top = maxStage(opp.externalId);
    const entry = conversion.get(opp.ownerRef) ?? { reached: Array(7).fill(0), passed: Array(7).fill(0) };
    for (let k = 0; k <= top; k++) {
      const passed = k < top || opp.outcome === 'won';
      if (!passed && opp.outcome === 'open') continue;
      entry.reached[k]!++;
      if (passed) entry.passed[k]!++;
    }
    conversion.set(opp.ownerRef, entry);
  }
  const byStage = OPEN_STAGE_KEYS.map((_, k) => [...conversion.entries()]
    .filter(([, c]) => (c.reached[k] ?? 0) >= 15)
    .map(([rep, c]) => ({ rep, rate: (c.passed[k] ?? 0) / (c.reached[k] ?? 1) })));

  it('has, at most stages, a rep converting clearly (20 points) below the median', () => {
    const clearGaps = byStage.filter((reps) => {
      const rates = reps.map((r) => r.rate);
      return Math.min(...rates) < median(rates) - 0.2;
    });
    expect(clearGaps.length).toBeGreaterThanOrEqual(4);
  });

  it('has different reps weakest at different stages, not one rep weak everywhere', () => {
    const weakest = byStage.map((reps) => [...reps].sort((a, b) => a.rate - b.rate)[0]?.rep);
    expect(new Set(weakest).size).toBeGreaterThanOrEqual(4);
  });
});

describe('deal outcomes and timing', () => {
  it('loses 20–30 % as no decision, more often in late stages', () => {
    const share = (deals: typeof lost): number => deals.filter((o) => o.outcome === 'no_decision').length / deals.length;
    expect(share(lost)).toBeGreaterThan(0.2);
    expect(share(lost)).toBeLessThan(0.3);
    const late = lost.filter((o) => maxStage(o.externalId) >= 4);
    const early = lost.filter((o) => maxStage(o.externalId) <= 1);
    expect(share(late)).toBeGreaterThan(share(early) + 0.08);
  });

  it('gives losses realistic reasons and wins none', () => {
    const reasons = new Set(lost.map((o) => o.lossReason));
    expect(reasons).toEqual(new Set(['Price', 'Chose competitor', 'No budget', 'No decision / status quo', 'Timing', 'Lost champion', 'Product fit']));
    expect(org.opportunities.filter((o) => o.outcome === 'won').every((o) => o.lossReason === null)).toBe(true);
  });

  it('spends a right-skewed 4–25 days in each stage, and skips a stage in about 5 % of moves', () => {
    const durations = OPEN_STAGE_KEYS.map(() => [] as number[]);
    let moves = 0;
    let skips = 0;
    for (const rows of history.values()) {
      for (let i = 0; i + 1 < rows.length; i++) {
        const from = stageIndex(rows[i]!.key);
        durations[from]!.push(rows[i + 1]!.day - rows[i]!.day);
        const to = stageIndex(rows[i + 1]!.key);
        if (to >= 0) { moves++; if (to > from + 1) skips++; }
      }
    }
    for (const ds of durations) {
      expect(median(ds)).toBeGreaterThanOrEqual(4);
      expect(median(ds)).toBeLessThanOrEqual(25);
      expect(ds.reduce((a, b) => a + b, 0) / ds.length).toBeGreaterThan(median(ds));
    }
    expect(skips / moves).toBeGreaterThan(0.02);
    expect(skips / moves).toBeLessThan(0.1);
  });

  it('pushes most close dates never, some once and a minority 2–4 times; changes some amounts', () => {
    const counts = org.opportunities.map((o) => pushes.get(o.externalId) ?? 0);
    const share = (test: (n: number) => boolean): number => counts.filter(test).length / counts.length;
    expect(share((n) => n === 0)).toBeGreaterThan(0.6);
    expect(share((n) => n === 1)).toBeGreaterThan(0.08);
    expect(share((n) => n >= 2 && n <= 4)).toBeGreaterThan(0.03);
    expect(org.fieldHistory.filter((f) => f.field === 'amount').length).toBeGreaterThan(100);
  });

  it('sizes deals by segment', () => {
    const medianAmount = (segment: string): number =>
      median(org.opportunities.filter((o) => o.segment === segment && o.amount !== null).map((o) => o.amount ?? 0));
    expect(medianAmount('Enterprise')).toBeGreaterThan(medianAmount('Mid-market'));
    expect(medianAmount('Mid-market')).toBeGreaterThan(medianAmount('SMB'));
  });
});

describe('open pipeline and stalls (SPEC §4.6)', () => {
  const lastActivity = new Map<string, number>();
  for (const a of org.activities) {
    if (a.opportunityRef) lastActivity.set(a.opportunityRef, Math.max(lastActivity.get(a.opportunityRef) ?? -Infinity, day(a.occurredAt)));
  }
  const engaged = new Map<string, number>();
  for (const s of org.stakeholders) if (s.engagedAt) engaged.set(s.opportunityRef, (engaged.get(s.opportunityRef) ?? 0) + 1);
  // p80 of days in stage among deals that left it, per segment and stage (SPEC §4.6).
  const segmentOf = new Map(org.opportunities.map((o) => [o.externalId, o.segment ?? '']));
  const leftDurations = new Map<string, number[]>();
  for (const [ref, rows] of history) {
    for (let i = 0; i + 1 < rows.length; i++) {
      const key = `${segmentOf.get(ref)}/${rows[i]!.key}`;
      leftDurations.set(key, [...(leftDurations.get(key) ?? []), rows[i + 1]!.day - rows[i]!.day]);
    }
  }
  const p80 = new Map([...leftDurations].map(([key, ds]) => [key, quantile(ds, 0.8)]));
  const signals = open.map((o) => {
    const current = history.get(o.externalId)?.at(-1);
    return {
      longInStage: current !== undefined && asOfDay - current.day > (p80.get(`${o.segment}/${current.key}`) ?? Infinity),
      quiet3Weeks: asOfDay - (lastActivity.get(o.externalId) ?? -Infinity) >= 21 && asOfDay - day(o.createdAt ?? '') >= 21,
      pushedTwice: (pushes.get(o.externalId) ?? 0) >= 2,
      closeInPast: (o.expectedCloseAt ?? '') < AS_OF,
      singleThreadedLate: stageIndex(o.stageKey) >= 4 && (engaged.get(o.externalId) ?? 0) <= 1,
    };
  });

  it('has open deals in every open stage', () => {
    expect(new Set(open.map((o) => o.stageKey))).toEqual(new Set(OPEN_STAGE_KEYS));
  });

  it.each(['longInStage', 'quiet3Weeks', 'pushedTwice', 'closeInPast', 'singleThreadedLate'] as const)(
    'has several open deals showing %s', (signal) => {
      expect(signals.filter((s) => s[signal]).length).toBeGreaterThanOrEqual(4);
    });

  it('stalls a minority of open deals and leaves most healthy', () => {
    const stalled = signals.filter((s) => Object.values(s).some(Boolean)).length / open.length;
    const severe = signals.filter((s) => Object.values(s).filter(Boolean).length >= 2).length / open.length;
    // About 10 % are made to stall; a few more are merely slow, past p80 in their stage.
    expect(stalled).toBeGreaterThan(0.08);
    expect(stalled).toBeLessThan(0.2);
    expect(severe).toBeGreaterThan(0.04);
    expect(severe).toBeLessThan(0.12);
  });
});
