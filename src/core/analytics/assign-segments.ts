// Segments star / core / bottom / ramping (SPEC §4.3). Rounding and tie rules, chosen so
// that the two labels with consequences (bottom → talent-fit talk, star → light touch) are
// only given when the data clearly supports them:
// - Band sizes round DOWN: bottom = floor(n × bottom cut), star = floor(n × star cut), the
//   rest core. 5 reps → 1/3/1; 4 reps → 0/4/0; 1 rep → core.
// - Ties never split: reps with equal attainment share rank and segment. A tie that would
//   straddle a band's edge stays core in full, so a band may then hold fewer reps.
// - Ranking is within one role; reps with unknown attainment are not ranked and are shown
//   as 'ramping' (the type has no 'unranked'; 'core' would put them first in the coaching
//   queue and 'bottom'/'star' would judge them without a figure; 'ramping' means "not
//   judged on outcome yet", and the reason says why).
import type { IsoDate } from '../crm/records.ts';
import { dayNumberOf } from './iso-day.ts';

export type Segment = 'star' | 'core' | 'bottom' | 'ramping';

export type SegmentInputRep = {
  id: string;
  role: string;
  hiredAt: IsoDate | null;
  closedDeals: number;
  attainment: number | null;
};

export type SegmentOptions = {
  asOf: IsoDate;
  cutPoints?: { bottom: number; star: number };
  rampingDays?: number;
  minClosedDeals?: number;
  /** The segment shown for the previous window. */
  previous?: ReadonlyMap<string, Segment>;
  /** The segment the previous window's own ranking gave (its `candidate`). */
  previousCandidate?: ReadonlyMap<string, Segment>;
};

export type RepSegment = {
  id: string;
  /** What to show: the candidate, unless hysteresis holds the previous segment. */
  segment: Segment;
  /** What this window alone says; store it as next window's previousCandidate. */
  candidate: Segment;
  /** 1 = highest attainment in the role; tied reps share the best rank. Null when unranked. */
  rank: number | null;
  /** Mid-rank percentile 0..1: (reps below + half the reps tied, self included) ÷ group size. */
  percentile: number | null;
  reason: string;
};

type Candidate = Omit<RepSegment, 'segment' | 'candidate'> & { candidate: Segment };

export function assignSegments(reps: readonly SegmentInputRep[], options: SegmentOptions): RepSegment[] {
  const steps = assignSegmentsInSteps(reps, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Reps handled between two pauses of assignSegmentsInSteps (2,000 reps take several ms).
const REPS_PER_STEP = 100;

/** assignSegments in steps: pauses (yields) every REPS_PER_STEP reps of each pass; same result. */
export function* assignSegmentsInSteps(reps: readonly SegmentInputRep[], options: SegmentOptions): Generator<void, RepSegment[], void> {
  const { asOf, cutPoints = { bottom: 0.2, star: 0.2 }, rampingDays = 90, minClosedDeals = 5 } = options;
  const { bottom, star } = cutPoints;
  if (!(bottom >= 0 && star >= 0 && bottom + star <= 1)) throw new Error(`invalid cut points ${bottom}/${star}`);
  if (new Set(reps.map((r) => r.id)).size !== reps.length) throw new Error('duplicate rep id');

  const asOfDay = dayNumberOf(asOf);
  const candidates = new Map<string, Candidate>();
  const rankable = new Map<string, SegmentInputRep[]>();
  for (const [i, rep] of reps.entries()) {
    if (i % REPS_PER_STEP === REPS_PER_STEP - 1) yield;
    const ramping = rampingReasons(rep, asOfDay, rampingDays, minClosedDeals);
    if (ramping.length > 0) {
      candidates.set(rep.id, { id: rep.id, candidate: 'ramping', rank: null, percentile: null, reason: `ramping: ${ramping.join('; ')}` });
    } else if (rep.attainment === null) {
      candidates.set(rep.id, {
        id: rep.id, candidate: 'ramping', rank: null, percentile: null,
        reason: 'not ranked: attainment unknown (no quota and no peer median), shown as ramping',
      });
    } else {
      const group = rankable.get(rep.role);
      if (group) group.push(rep);
      else rankable.set(rep.role, [rep]);
    }
  }
  for (const group of rankable.values()) {
    for (const ranked of yield* rankGroup(group, bottom, star)) candidates.set(ranked.id, ranked);
  }
  const result: RepSegment[] = [];
  for (const rep of reps) {
    if (result.length % REPS_PER_STEP === REPS_PER_STEP - 1) yield;
    result.push(applyHysteresis(candidates.get(rep.id) as Candidate, options));
  }
  return result;
}

// Tenure under rampingDays or too few closed deals (§4.3). An unknown hire date is judged
// on closed deals alone: it must not make a long-serving rep look new.
function rampingReasons(rep: SegmentInputRep, asOfDay: number, rampingDays: number, minClosedDeals: number): string[] {
  const reasons: string[] = [];
  if (rep.hiredAt !== null) {
    const tenure = asOfDay - dayNumberOf(rep.hiredAt);
    if (tenure < rampingDays) reasons.push(`${tenure} days in the job (under ${rampingDays})`);
  }
  if (rep.closedDeals < minClosedDeals) {
    reasons.push(`${rep.closedDeals} closed deals in the window (under ${minClosedDeals})`);
  }
  return reasons;
}

function* rankGroup(group: readonly SegmentInputRep[], bottomCut: number, starCut: number): Generator<void, Candidate[], void> {
  const n = group.length;
  // The epsilon keeps 0.29 × 100 = 28.999… from flooring to 28.
  const bottomSize = Math.floor(n * bottomCut + 1e-9);
  const starSize = Math.floor(n * starCut + 1e-9);
  // Sorted once; each rep's counts above and below come from two binary searches.
  const sorted = Float64Array.from(group, (r) => r.attainment as number).sort();
  const middle = Math.round((1 - bottomCut - starCut) * 100);
  const ranked: Candidate[] = [];
  for (const rep of group) {
    if (ranked.length % REPS_PER_STEP === REPS_PER_STEP - 1) yield;
    const a = rep.attainment as number;
    const below = firstIndexWhere(sorted, (v) => v >= a);
    const above = n - firstIndexWhere(sorted, (v) => v > a);
    const tied = n - above - below;
    // A tie group belongs to a band only if the whole group fits inside it.
    const candidate: Segment = below + tied <= bottomSize ? 'bottom' : above + tied <= starSize ? 'star' : 'core';
    const figure = `${Math.round(a * 100)} %`;
    const reason = candidate === 'bottom'
      ? `bottom ${pct(bottomCut)} of ${n} reps by attainment (${figure})`
      : candidate === 'star'
        ? `top ${pct(starCut)} of ${n} reps by attainment (${figure})`
        : `middle ${middle} % of ${n} reps by attainment (${figure})${coreNote(n, bottomSize, starSize, below, above, tied)}`;
    ranked.push({ id: rep.id, candidate, rank: above + 1, percentile: (below + tied / 2) / n, reason });
  }
  return ranked;
}

/** The first index of the ascending `sorted` whose value passes `test` (monotone), or its length. */
function firstIndexWhere(sorted: Float64Array, test: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(sorted[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function coreNote(n: number, bottomSize: number, starSize: number, below: number, above: number, tied: number): string {
  if (tied > 1 && (below < bottomSize || above < starSize)) return `; tied with ${tied - 1} other(s) across a cut, so kept in core`;
  if (bottomSize === 0 && starSize === 0) return `; ${n} reps are too few to mark a top or bottom band`;
  return '';
}

// Hysteresis (§4.3): a shown segment changes only when this window and the previous one
// both point to the new segment. Without history for the rep, the candidate is shown.
function applyHysteresis(c: Candidate, options: SegmentOptions): RepSegment {
  const shown = options.previous?.get(c.id);
  const previousCandidate = options.previousCandidate?.get(c.id);
  if (shown === undefined || previousCandidate === undefined || shown === c.candidate || previousCandidate === c.candidate) {
    return { ...c, segment: c.candidate };
  }
  return {
    ...c,
    segment: shown,
    reason: `stays ${shown} until two windows agree (this window: ${c.candidate}, previous: ${previousCandidate}); ${c.reason}`,
  };
}

const pct = (fraction: number): string => `${Math.round(fraction * 100)} %`;
