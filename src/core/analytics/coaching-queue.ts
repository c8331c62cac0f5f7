// The manager's coaching queue for a week (docs/analytics.md): whom to coach first and why.
// Core performers (then ramping reps) are coached; bottom performers go to a talent-fit
// conversation with the leader; stars get a light touch (SPEC §4.3).
import type { Segment } from './assign-segments.ts';
import type { ConversionGap } from './stage-conversion.ts';

export type QueueInput = {
  repId: number;
  name: string;
  segment: Segment;
  segmentReason: string;
  /** Attainment this window, and whether hysteresis kept the previous window's segment. */
  attainment: number | null;
  heldFromPreviousWindow: boolean;
  topGap: ConversionGap | null;
  /** Days since the last held coaching session with the rep; null = never. */
  daysSinceCoaching: number | null;
  /** Open commitments due by the end of the week (overdue included). */
  commitmentsDue: number;
};

export type QueueEntry = QueueInput & { priority: number; why: string };
export type CoachingQueue = { coach: QueueEntry[]; talentFit: QueueEntry[]; lightTouch: QueueEntry[] };

export const QUEUE_WEIGHTS = { impact: 0.5, recency: 0.3, commitments: 0.2 } as const;
const RECENCY_CAP_DAYS = 28;

export function buildCoachingQueue(reps: readonly QueueInput[]): CoachingQueue {
  const maxImpact = Math.max(0, ...reps.map((r) => r.topGap?.impact ?? 0));
  const entries = reps.map((rep): QueueEntry => {
    const impactShare = maxImpact > 0 && rep.topGap ? rep.topGap.impact / maxImpact : 0;
    const recency = Math.min(rep.daysSinceCoaching ?? RECENCY_CAP_DAYS, RECENCY_CAP_DAYS) / RECENCY_CAP_DAYS;
    const priority = QUEUE_WEIGHTS.impact * impactShare + QUEUE_WEIGHTS.recency * recency
      + QUEUE_WEIGHTS.commitments * (rep.commitmentsDue > 0 ? 1 : 0);
    return { ...rep, priority: Math.round(priority * 1000) / 1000, why: explain(rep) };
  });
  const byPriority = (a: QueueEntry, b: QueueEntry) => b.priority - a.priority || a.name.localeCompare(b.name);
  const segmentOrder = (s: Segment) => (s === 'core' ? 0 : 1);
  return {
    coach: entries.filter((e) => e.segment === 'core' || e.segment === 'ramping')
      .sort((a, b) => segmentOrder(a.segment) - segmentOrder(b.segment) || byPriority(a, b)),
    talentFit: entries.filter((e) => e.segment === 'bottom').sort(byPriority),
    lightTouch: entries.filter((e) => e.segment === 'star').sort(byPriority),
  };
}

function explain(rep: QueueInput): string {
  const coached = rep.daysSinceCoaching === null ? 'no coaching session recorded yet'
    : rep.daysSinceCoaching === 0 ? 'coached today' : `last coached ${plural(rep.daysSinceCoaching, 'day')} ago`;
  const due = rep.commitmentsDue > 0 ? `; ${plural(rep.commitmentsDue, 'commitment')} to review` : '';
  const notes = [
    ...(rep.attainment === null ? [] : [`${pct(rep.attainment)} this window`]),
    ...(rep.heldFromPreviousWindow ? ['kept from the previous window until two windows agree'] : []),
  ];
  const standing = notes.length === 0 ? '' : ` (${notes.join('; ')})`;
  if (rep.segment === 'bottom') {
    return `In the bottom band by attainment${standing}: plan a talent-fit conversation with your leader rather than more coaching${due}.`;
  }
  if (rep.segment === 'star') {
    return `In the top band by attainment${standing}: keep it light, and ask what works so the team can reuse it${due}.`;
  }
  const gap = rep.topGap;
  const focus = gap
    ? `Biggest gap at ${gap.transition}: ${pct(gap.repConversion.value)} vs ${pct(gap.benchmarkConversion)} benchmark, worth about ${compactMoney(gap.impact)} in the window`
    : 'No stage gap with enough data to rank';
  const ramping = rep.segment === 'ramping' ? ' (ramping: build the basics)' : '';
  return `${focus}${ramping}; ${coached}${due}.`;
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)} %`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 1234 → '1.2k', 2_500_000 → '2.5M': amounts in the org's currency, without its symbol. */
export function compactMoney(value: number): string {
  // Thresholds sit where rounding would carry over: 999,999 is '1M', not '1000k'.
  const abs = Math.abs(value);
  if (abs >= 999_950) return `${trim(value / 1e6)}M`;
  if (abs >= 999.5) return `${trim(value / 1e3)}k`;
  return String(Math.round(value));
}
const trim = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : v.toFixed(1).replace(/\.0$/, ''));
