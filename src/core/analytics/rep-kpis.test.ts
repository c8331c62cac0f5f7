import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiInput, type Kpis } from './rep-kpis.ts';
import { EMPTY_CLOSED, EMPTY_OPEN, type ClosedStats, type OpenStats } from './window-stats.ts';

type Closed = Omit<ClosedStats, 'repId'>;
type Open = Omit<OpenStats, 'repId'>;

const closed = (patch: Partial<Closed>): Closed => ({ ...EMPTY_CLOSED, ...patch });
const open = (patch: Partial<Open>): Open => ({ ...EMPTY_OPEN, ...patch });
const run = (input: Partial<KpiInput>): Kpis => computeKpis({ closed: undefined, open: undefined, activities: [], windowDays: 70, ...input });

// A rep with 3 won (1000 + 2000 + 3000), 1 lost (500) and 1 no-decision (500), all amounts
// known; 4 open deals worth 8000; won cycles with median 30 over 3 deals, all with a create date.
const KNOWN = closed({
  wonCount: 3, lostCount: 1, noDecisionCount: 1, wonAmount: 6000, wonUnknown: 0, closedAmount: 7000, closedUnknown: 0,
  cycleDaysMedian: 30, cycleSample: 3, cycleWithoutCreated: 0,
});
const KNOWN_OPEN = open({ openCount: 4, openAmount: 8000, openUnknown: 0 });

describe('computeKpis: counts, rates and money', () => {
  it('computes every KPI when every amount is known', () => {
    const k = run({ closed: KNOWN, open: KNOWN_OPEN });
    expect(k.wonCount).toBe(3);
    expect(k.lostCount).toBe(2); // lost 1 + no-decision 1
    expect(k.noDecisionCount).toBe(1);
    expect(k.winRate).toEqual({ value: 0.6, sample: 5, lowConfidence: false }); // 3 ÷ 5
    expect(k.winRateValue).toBeCloseTo(6000 / 7000, 12); // 0.857…
    expect(k.wonValue).toBe(6000);
    expect(k.avgDealSize).toBe(2000); // 6000 ÷ 3
    expect(k.cycleDaysMedian).toBe(30);
    expect(k.cycleSample).toBe(3);
    expect(k.cycleBasis).toBe('created');
    expect(k.openCount).toBe(4);
    expect(k.openValue).toBe(8000);
    expect(k.velocity).toBeCloseTo(160, 9); // 4 × 0.6 × 2000 ÷ 30 = 4800 ÷ 30
    expect(k.noDecisionRate).toEqual({ value: 0.2, sample: 5, lowConfidence: false }); // 1 ÷ 5
    // Only the connect rate lacks data (no activities at all in the window for the rep).
    expect(Object.keys(k.reasons)).toEqual(['connectRate']);
  });

  it.each([
    {
      name: 'one won deal without amount',
      input: closed({ ...KNOWN, wonUnknown: 1, closedUnknown: 1 }),
      winRateValue: null, wonValue: null, avgDealSize: null,
      reasons: { winRateValue: '1 closed deal(s) have no amount', wonValue: '1 won deal(s) have no amount', avgDealSize: '1 won deal(s) have no amount' },
    },
    {
      name: 'a lost deal without amount: only the value win rate is unknown',
      input: closed({ ...KNOWN, closedUnknown: 2 }),
      winRateValue: null, wonValue: 6000, avgDealSize: 2000,
      reasons: { winRateValue: '2 closed deal(s) have no amount' },
    },
    {
      name: 'every closed deal valued 0',
      input: closed({ ...KNOWN, wonAmount: 0, closedAmount: 0 }),
      winRateValue: null, wonValue: 0, avgDealSize: 0,
      reasons: { winRateValue: 'the closed deals are all valued 0' },
    },
  ])('$name', ({ input, winRateValue, wonValue, avgDealSize, reasons }) => {
    const k = run({ closed: input, open: KNOWN_OPEN, activities: null });
    expect(k.winRateValue).toBe(winRateValue);
    expect(k.wonValue).toBe(wonValue);
    expect(k.avgDealSize).toBe(avgDealSize);
    // the win rate by count never depends on amounts
    expect(k.winRate.value).toBe(0.6);
    for (const [kpi, reason] of Object.entries(reasons)) expect(k.reasons[kpi]).toBe(reason);
    if (winRateValue !== null) expect(k.reasons.winRateValue).toBeUndefined();
    if (wonValue !== null) expect(k.reasons.wonValue).toBeUndefined();
  });

  it('makes the open value unknown when an open deal has no amount, but still counts it', () => {
    const k = run({ closed: KNOWN, open: open({ openCount: 4, openAmount: 6000, openUnknown: 2 }) });
    expect(k.openCount).toBe(4);
    expect(k.openValue).toBeNull();
    expect(k.reasons.openValue).toBe('2 open deal(s) have no amount');
    // velocity needs the count only, not the open value: 4 × 0.6 × 2000 ÷ 30
    expect(k.velocity).toBeCloseTo(160, 9);
  });

  it('nothing closed: rates are null (sample 0), counts and won value are 0', () => {
    const k = run({ closed: undefined, open: undefined });
    expect(k.wonCount).toBe(0);
    expect(k.lostCount).toBe(0);
    expect(k.winRate).toEqual({ value: null, sample: 0, lowConfidence: true });
    expect(k.noDecisionRate).toEqual({ value: null, sample: 0, lowConfidence: true });
    expect(k.winRateValue).toBeNull();
    expect(k.wonValue).toBe(0); // a sum over no deal is a real 0, not unknown
    expect(k.avgDealSize).toBeNull();
    expect(k.cycleDaysMedian).toBeNull();
    expect(k.cycleBasis).toBeNull();
    expect(k.openCount).toBe(0);
    expect(k.openValue).toBe(0);
    expect(k.velocity).toBeNull();
    expect(k.reasons).toMatchObject({
      winRate: 'no deal closed in the window',
      winRateValue: 'no deal closed in the window',
      avgDealSize: 'no deal won in the window',
      cycleDaysMedian: 'no deal won in the window',
    });
  });

  it('only losses: win rate 0 (not null), average size and cycle unknown', () => {
    const k = run({ closed: closed({ lostCount: 4, closedAmount: 4000 }) });
    expect(k.winRate).toEqual({ value: 0, sample: 4, lowConfidence: true });
    expect(k.winRateValue).toBe(0);
    expect(k.wonValue).toBe(0);
    expect(k.avgDealSize).toBeNull();
    expect(k.reasons.avgDealSize).toBe('no deal won in the window');
    expect(k.velocity).toBeNull();
  });
});

describe('computeKpis: cycle', () => {
  it.each([
    // the caller computes the median (SQL percentile_cont): an even count's mean passes through
    { name: 'even count, all created', median: 12.5, sample: 2, withoutCreated: 0, basis: 'created' },
    { name: 'odd count, all created', median: 12, sample: 3, withoutCreated: 0, basis: 'created' },
    { name: 'some without a create date', median: 20, sample: 4, withoutCreated: 1, basis: 'mixed' },
    { name: 'none with a create date', median: 40, sample: 2, withoutCreated: 2, basis: 'engaged_or_first_stage' },
  ] as const)('$name → $median days, basis $basis', ({ median, sample, withoutCreated, basis }) => {
    const k = run({ closed: closed({ wonCount: sample, wonAmount: 100 * sample, closedAmount: 100 * sample, cycleDaysMedian: median, cycleSample: sample, cycleWithoutCreated: withoutCreated }) });
    expect(k.cycleDaysMedian).toBe(median);
    expect(k.cycleSample).toBe(sample);
    expect(k.cycleBasis).toBe(basis);
    expect(k.reasons.cycleDaysMedian).toBeUndefined();
  });

  it('won deals but none with a known start: cycle null with its reason', () => {
    const k = run({ closed: closed({ wonCount: 2, wonAmount: 200, closedAmount: 200, cycleDaysMedian: null, cycleSample: 0 }) });
    expect(k.cycleDaysMedian).toBeNull();
    expect(k.cycleBasis).toBeNull();
    expect(k.reasons.cycleDaysMedian).toBe('no won deal has a known start date');
    expect(k.velocity).toBeNull();
  });
});

describe('computeKpis: velocity', () => {
  it.each([
    // openCount × winRate × avgDealSize ÷ cycle
    { name: 'hand example', open: 5, won: 2, lost: 2, wonAmount: 3000, cycle: 25, expected: 5 * 0.5 * 1500 / 25 }, // 150
    { name: 'no open deal: 0, not null', open: 0, won: 2, lost: 2, wonAmount: 3000, cycle: 25, expected: 0 },
    { name: 'cycle 0: null', open: 5, won: 2, lost: 2, wonAmount: 3000, cycle: 0, expected: null },
    { name: 'no won deal: null', open: 5, won: 0, lost: 2, wonAmount: 0, cycle: null, expected: null },
  ])('$name', ({ open: openCount, won, lost, wonAmount, cycle, expected }) => {
    const k = run({
      closed: closed({ wonCount: won, lostCount: lost, wonAmount, closedAmount: wonAmount + 100, cycleDaysMedian: cycle, cycleSample: cycle === null ? 0 : won }),
      open: open({ openCount, openAmount: openCount * 10 }),
    });
    if (expected === null) {
      expect(k.velocity).toBeNull();
      expect(k.reasons.velocity).toBe('needs win rate, average deal size and a median cycle above 0');
    } else {
      expect(k.velocity).toBeCloseTo(expected, 9);
      expect(k.reasons.velocity).toBeUndefined();
    }
  });
});

describe('computeKpis: activities and connect rate', () => {
  it('org without any activity: null with a reason, not 0', () => {
    const k = run({ activities: null });
    expect(k.activitiesPerWeek).toBeNull();
    expect(k.activitiesByType).toBeNull();
    expect(k.connectRate).toBeNull();
    expect(k.reasons.activitiesPerWeek).toBe('no activities imported for the org');
    expect(k.reasons.connectRate).toBe('no activities imported for the org');
  });

  it('org with activities but none for this rep: 0 per week', () => {
    const k = run({ activities: [] });
    expect(k.activitiesPerWeek).toBe(0);
    expect(k.activitiesByType).toEqual({});
    expect(k.connectRate).toBeNull();
    expect(k.reasons.activitiesPerWeek).toBeUndefined();
    expect(k.reasons.connectRate).toBe('no call with a known connected flag in the window');
  });

  it.each([
    // 70 days = 10 weeks: 14 calls + 7 emails = 21 → 2.1 a week; calls 1.4, emails 0.7
    {
      windowDays: 70,
      rows: [{ type: 'call', count: 14, connectKnown: 10, connected: 4 }, { type: 'email', count: 7, connectKnown: 0, connected: 0 }],
      perWeek: 2.1, byType: { call: 1.4, email: 0.7 }, connect: { value: 0.4, sample: 10, lowConfidence: false },
    },
    // 180 days = 180/7 weeks: 18 activities → 18 × 7 ÷ 180 = 0.7; two rows of one type add up
    {
      windowDays: 180,
      rows: [{ type: 'call', count: 9, connectKnown: 2, connected: 1 }, { type: 'call', count: 9, connectKnown: 1, connected: 1 }],
      perWeek: 0.7, byType: { call: 0.7 }, connect: { value: 2 / 3, sample: 3, lowConfidence: true },
    },
  ])('$windowDays days: $perWeek a week', ({ windowDays, rows, perWeek, byType, connect }) => {
    const k = run({ activities: rows, windowDays });
    expect(k.activitiesPerWeek).toBeCloseTo(perWeek, 12);
    expect(Object.keys(k.activitiesByType!).sort()).toEqual(Object.keys(byType).sort());
    for (const [type, value] of Object.entries(byType)) expect(k.activitiesByType![type]).toBeCloseTo(value, 12);
    expect(k.connectRate!.value).toBeCloseTo(connect.value, 12);
    expect(k.connectRate!.sample).toBe(connect.sample);
    expect(k.connectRate!.lowConfidence).toBe(connect.lowConfidence);
    expect(k.reasons.connectRate).toBeUndefined();
  });

  it('a connect rate of 0 is a real 0', () => {
    const k = run({ activities: [{ type: 'call', count: 6, connectKnown: 6, connected: 0 }] });
    expect(k.connectRate).toEqual({ value: 0, sample: 6, lowConfidence: false });
  });
});
