// Every rep's analysis for one window, from the window's raw figures: KPIs, attainment,
// segment (with hysteresis over the previous window), stage conversion against benchmark,
// and ranked gaps. Pure: the use-case fetches the figures, this decides what they mean.
import type { IsoDate } from '../crm/records.ts';
import type { AnalysisWindow } from './analysis-window.ts';
import { assignSegmentsInSteps, type RepSegment, type Segment, type SegmentInputRep } from './assign-segments.ts';
import { attainment, peerMedianAttainment } from './attainment.ts';
import { median } from './median.ts';
import { DEFAULT_MIN_SAMPLE } from './rate.ts';
import { computeKpis, type AttainmentBasis, type Kpis } from './rep-kpis.ts';
import {
  conversionGaps, stageBenchmarks, stageRows, type ConversionGap, type OpenStage, type StageBenchmark, type StageRow,
} from './stage-conversion.ts';
import {
  windowQuota, type ActivityStats, type ClosedStats, type OpenStats, type QuotaRow, type StageStats,
} from './window-stats.ts';

export type RepPerson = {
  id: number;
  externalId: string;
  name: string;
  role: string;
  managerId: number | null;
  managerName: string | null;
  hiredAt: IsoDate | null;
};

export type AnalysisInput = {
  asOf: IsoDate;
  windowDays: number;
  window: AnalysisWindow;
  previousWindow: AnalysisWindow;
  reps: readonly RepPerson[];
  stages: readonly OpenStage[];
  hasStageHistory: boolean;
  closed: readonly ClosedStats[];
  open: readonly OpenStats[];
  /** null when the org has no activities at all. */
  activities: readonly ActivityStats[] | null;
  quotas: readonly QuotaRow[];
  stageStats: readonly StageStats[];
  /** kpi_targets at org scope, by kpi name. */
  targets: ReadonlyMap<string, number>;
  cutPoints?: { bottom: number; star: number };
  minSample?: number;
};

export type Attainment = { value: number | null; basis: AttainmentBasis | null; quota: number | null };

export type ActivityMeasure = { perWeek: number; benchmark: number; atOrAboveBenchmark: boolean };

export type RepAnalysis = RepPerson & {
  kpis: Kpis;
  attainment: Attainment;
  segment: RepSegment;
  /** Per open stage; empty when the org has no stage history. */
  stages: StageRow[];
  gaps: ConversionGap[];
  activity: ActivityMeasure | null;
};

export type Benchmarks = {
  stages: StageBenchmark[];
  activitiesPerWeek: { value: number; basis: 'target' | 'median' } | null;
};

export type RepsAnalysis = { reps: RepAnalysis[]; benchmarks: Benchmarks; stageReason: string | null };

export function analyseReps(input: AnalysisInput): RepsAnalysis {
  const steps = analyseRepsInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Reps handled between two pauses of analyseRepsInSteps: about a millisecond of work (the
// whole analysis of 2,000 reps is ~100 ms of CPU), so that a caller can give the event loop a
// turn whenever its time budget is spent, even on a starved CPU.
const REPS_PER_STEP = 20;

/**
 * analyseReps in steps: the generator pauses (yields) between its phases and every
 * REPS_PER_STEP reps of each per-rep loop, so that a caller on a server's event loop can
 * let other work run in between (src/use-cases/analytics/analyse-org.ts); the result is the same.
 */
export function* analyseRepsInSteps(input: AnalysisInput): Generator<void, RepsAnalysis, void> {
  const minSample = input.minSample ?? DEFAULT_MIN_SAMPLE;
  const closedBy = byRep(input.closed);
  const openBy = byRep(input.open);
  const quotasBy = groupBy(input.quotas, (q) => q.repId);
  const activitiesBy = groupBy(input.activities ?? [], (a) => a.repId);
  yield;
  const stageStatsBy = groupBy(input.stageStats, (s) => s.repId ?? -1);
  yield;

  const kpis = yield* mapInSteps(input.reps, (rep) => computeKpis({
    closed: closedBy.get(rep.id), open: openBy.get(rep.id),
    activities: input.activities === null ? null : activitiesBy.get(rep.id) ?? [],
    windowDays: input.windowDays,
  }));

  const current = yield* attainments(input.reps, (rep) => kpis.get(rep.id)!.wonValue,
    (rep) => windowQuota(quotasBy.get(rep.id) ?? [], input.window.from, input.window.to));
  const previous = yield* attainments(input.reps, (rep) => {
    const c = closedBy.get(rep.id);
    return !c ? 0 : c.prevWonUnknown > 0 ? null : c.prevWonAmount;
  }, (rep) => windowQuota(quotasBy.get(rep.id) ?? [], input.previousWindow.from, input.previousWindow.to));

  const segments = yield* segmentWithHysteresis(input, kpis, current, previous, closedBy);
  yield;

  const benchmarks: StageBenchmark[] = input.hasStageHistory
    ? stageBenchmarks(input.stages, input.stageStats, input.targets, minSample) : [];
  const activityBenchmark = activityBenchmarkOf(input, kpis);
  yield;

  const analysed = yield* mapInSteps(input.reps, (rep): RepAnalysis => {
    const k = kpis.get(rep.id)!;
    const stages = input.hasStageHistory ? stageRows(input.stages, stageStatsBy.get(rep.id) ?? [], benchmarks, minSample) : [];
    const activity = k.activitiesPerWeek === null || activityBenchmark === null ? null : {
      perWeek: k.activitiesPerWeek, benchmark: activityBenchmark.value,
      atOrAboveBenchmark: k.activitiesPerWeek >= activityBenchmark.value,
    };
    return {
      ...rep, kpis: k, attainment: current.get(rep.id)!, segment: segments.get(rep.id)!,
      stages, gaps: conversionGaps(stages, k.avgDealSize, minSample), activity,
    };
  });
  return {
    reps: input.reps.map((rep) => analysed.get(rep.id)!),
    benchmarks: { stages: benchmarks, activitiesPerWeek: activityBenchmark },
    stageReason: input.hasStageHistory ? null : 'no stage history imported: stage conversion cannot be computed',
  };
}

/** `fn` of every rep by id, pausing every REPS_PER_STEP reps. */
function* mapInSteps<T>(reps: readonly RepPerson[], fn: (rep: RepPerson) => T): Generator<void, Map<number, T>, void> {
  const result = new Map<number, T>();
  for (const rep of reps) {
    result.set(rep.id, fn(rep));
    if (result.size % REPS_PER_STEP === 0) yield;
  }
  yield;
  return result;
}

// Quota when the rep has one for the window, else won value ÷ the median of the reps of
// the same role whose won value is known.
function* attainments(
  reps: readonly RepPerson[], wonValueOf: (rep: RepPerson) => number | null, quotaOf: (rep: RepPerson) => number | null,
): Generator<void, Map<number, Attainment>, void> {
  const known = reps.filter((rep) => wonValueOf(rep) !== null);
  const proxy = new Map(peerMedianAttainment(known.map((rep) => ({
    id: String(rep.id), role: rep.role, wonValue: wonValueOf(rep)!,
  }))).map((p) => [Number(p.id), p.value]));
  yield;
  return yield* mapInSteps(reps, (rep): Attainment => {
    const wonValue = wonValueOf(rep);
    const quota = quotaOf(rep);
    if (wonValue === null) return { value: null, basis: null, quota };
    if (quota !== null) return { value: attainment({ wonValue, quota }).value, basis: 'quota', quota };
    return { value: proxy.get(rep.id) ?? null, basis: 'peer_median', quota: null };
  });
}

// Hysteresis needs a previous window where the rep was judged (not ramping); otherwise the
// current window alone decides.
function* segmentWithHysteresis(
  input: AnalysisInput, kpis: Map<number, Kpis>, current: Map<number, Attainment>,
  previous: Map<number, Attainment>, closedBy: Map<number, Omit<ClosedStats, 'repId'>>,
): Generator<void, Map<number, RepSegment>, void> {
  const options = { cutPoints: input.cutPoints, minClosedDeals: input.minSample ?? DEFAULT_MIN_SAMPLE };
  const prevInput: SegmentInputRep[] = input.reps.map((rep) => ({
    id: String(rep.id), role: rep.role, hiredAt: rep.hiredAt,
    closedDeals: closedBy.get(rep.id)?.prevClosedCount ?? 0, attainment: previous.get(rep.id)!.value,
  }));
  yield;
  const prevCandidates = new Map((yield* assignSegmentsInSteps(prevInput, { ...options, asOf: input.previousWindow.to }))
    .filter((s) => s.candidate !== 'ramping').map((s) => [s.id, s.candidate] as [string, Segment]));
  yield;
  const currentInput: SegmentInputRep[] = input.reps.map((rep) => {
    const k = kpis.get(rep.id)!;
    return {
      id: String(rep.id), role: rep.role, hiredAt: rep.hiredAt,
      closedDeals: k.wonCount + k.lostCount, attainment: current.get(rep.id)!.value,
    };
  });
  yield;
  const firstPass = yield* assignSegmentsInSteps(currentInput, { ...options, asOf: input.asOf });
  yield;
  // A rep ramping now is ramping, whatever the previous window said.
  const rampingNow = new Set(firstPass.filter((s) => s.candidate === 'ramping').map((s) => s.id));
  const judged = new Map([...prevCandidates].filter(([id]) => !rampingNow.has(id)));
  yield;
  const result = yield* assignSegmentsInSteps(currentInput, { ...options, asOf: input.asOf, previous: judged, previousCandidate: judged });
  yield;
  return new Map(result.map((s) => [Number(s.id), s]));
}

function activityBenchmarkOf(input: AnalysisInput, kpis: Map<number, Kpis>): Benchmarks['activitiesPerWeek'] {
  if (input.activities === null) return null;
  const target = input.targets.get('activities_per_week');
  if (target !== undefined) return { value: target, basis: 'target' };
  const values = [...kpis.values()].map((k) => k.activitiesPerWeek).filter((v): v is number => v !== null);
  return values.length === 0 ? null : { value: median(values), basis: 'median' };
}

function byRep<T extends { repId: number | null }>(rows: readonly T[]): Map<number, Omit<T, 'repId'>> {
  return new Map(rows.filter((r) => r.repId !== null).map((r) => [r.repId as number, r]));
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
