// Stall detection as of a date (SPEC §4.6, docs/stalls.md): every open deal's signals, in
// words; the stalled deals (a signal fired, no snooze running) sorted by amount, then name;
// the snoozed deals apart; and the signals the org's data cannot support.
import type { IsoDate } from '../crm/records.ts';
import { closeDatePastSignal, closeDatePushedSignal } from './close-date-signals.ts';
import { daySpan } from './day-span.ts';
import { daysInStageSignal } from './days-in-stage-signal.ts';
import { benchmarkLookup, type DurationSample } from './duration-benchmarks.ts';
import { engageAgeSignal } from './engage-age-signal.ts';
import { noActivitySignal } from './no-activity-signal.ts';
import type { OpenDeal } from './open-deal.ts';
import { compareInReportOrder } from './report-order.ts';
import { signalAvailability, type OrgStallData } from './signal-availability.ts';
import { singleThreadedSignal } from './single-threaded-signal.ts';
import type { NotEvaluated, SignalCode, StallSignal } from './stall-signal.ts';
import type { ThresholdsFor } from './stall-thresholds.ts';

export type Snooze = { until: IsoDate; reason: string; createdBy: string | null; createdAt: string };

export type StallInputs = {
  asOf: IsoDate;
  deals: readonly OpenDeal[];
  data: OrgStallData;
  /** p80 of days in stage of the deals that left each stage (key: stage id), org-wide and per segment. */
  stageDays: readonly DurationSample[];
  /** p80 of won cycles from engage to close (key 0), org-wide and per segment. */
  wonCycles: readonly DurationSample[];
  thresholdsFor: ThresholdsFor;
  /** The deals' snoozes by deal id, running or not. */
  snoozes: ReadonlyMap<number, Snooze>;
};

export type DealVerdict = {
  deal: OpenDeal;
  signals: StallSignal[];
  /** Days in the current stage; null without stage history. */
  daysInStage: number | null;
  /** How long the deal has sat: days in stage, else days since engage; null when neither is known. */
  ageDays: number | null;
  snooze: (Snooze & { active: boolean }) | null;
};

export type StallReport = {
  asOf: IsoDate;
  openDeals: number;
  stalled: DealVerdict[];
  /** Deals with a snooze running on the as-of date (until ≥ as-of), whatever their signals. */
  snoozed: DealVerdict[];
  notEvaluated: NotEvaluated[];
};

export function detectStalls(input: StallInputs): StallReport {
  const judge = stallJudge(input, countEngageOnly(input.deals));
  const verdicts: DealVerdict[] = [];
  for (const deal of input.deals) {
    const verdict = judge.judge(deal);
    if (verdict) verdicts.push(verdict);
  }
  return judge.report(input.deals.length, verdicts);
}

/** The non-null verdicts of the deals, in their order; yields after every `step` deals. */
export function* judgeStepwise(deals: readonly OpenDeal[], judge: StallJudge['judge'], step = 1_000): Generator<void, DealVerdict[], void> {
  const verdicts: DealVerdict[] = [];
  for (let i = 0; i < deals.length; i += 1) {
    const verdict = judge(deals[i]!);
    if (verdict) verdicts.push(verdict);
    if ((i + 1) % step === 0) yield;
  }
  return verdicts;
}

/** Open deals judged by their engage date alone (no stage history, an engage date). */
export const countEngageOnly = (deals: readonly OpenDeal[]): number =>
  deals.reduce((n, d) => (d.stageEnteredOn === null && d.engagedOn !== null ? n + 1 : n), 0);

export type StallJudge = {
  /** The deal's verdict, or null when no signal fired and no snooze is running. */
  judge: (deal: OpenDeal) => DealVerdict | null;
  /** The report of `openDeals` deals from the non-null verdicts, sorted. */
  report: (openDeals: number, verdicts: readonly DealVerdict[]) => StallReport;
  /** The same from verdicts already in the report's order (deals judged in that order): no sort. */
  reportInOrder: (openDeals: number, verdicts: readonly DealVerdict[]) => StallReport;
};

/**
 * detectStalls one deal at a time, for a caller that judges a large org in slices (and lets
 * other work run between them). `engageOnly`: countEngageOnly of all the deals to be judged.
 */
export function stallJudge(input: Omit<StallInputs, 'deals'>, engageOnly: number): StallJudge {
  const { asOf } = input;
  const stageDays = benchmarkLookup(input.stageDays);
  const wonCycles = benchmarkLookup(input.wonCycles);
  const availability = signalAvailability(input.data, engageOnly);
  const on = (code: SignalCode) => availability.evaluated.has(code);
  const check = {
    daysInStage: on('days_in_stage'), engageAge: on('age_since_engage'), noActivity: on('no_activity'),
    pushed: on('close_date_pushed'), past: on('close_date_past'), singleThreaded: on('single_threaded'),
  };
  const judge = (deal: OpenDeal): DealVerdict | null => {
    const t = input.thresholdsFor(deal.stageId);
    const fired: StallSignal[] = [];
    let signal: StallSignal | null;
    if (check.daysInStage && (signal = daysInStageSignal(deal, asOf, t, stageDays))) fired.push(signal);
    if (check.engageAge && (signal = engageAgeSignal(deal, asOf, t, wonCycles))) fired.push(signal);
    if (check.noActivity && (signal = noActivitySignal(deal, asOf, t))) fired.push(signal);
    if (check.pushed && (signal = closeDatePushedSignal(deal, t))) fired.push(signal);
    if (check.past && (signal = closeDatePastSignal(deal, asOf))) fired.push(signal);
    if (check.singleThreaded && (signal = singleThreadedSignal(deal, t))) fired.push(signal);
    const snooze = input.snoozes.get(deal.id);
    const active = snooze !== undefined && snooze.until >= asOf;
    if (fired.length === 0 && !active) return null;
    const daysInStage = deal.stageEnteredOn === null ? null : daySpan(deal.stageEnteredOn, asOf);
    const ageDays = daysInStage ?? (deal.engagedOn === null ? null : daySpan(deal.engagedOn, asOf));
    return { deal, signals: fired, daysInStage, ageDays, snooze: snooze ? { ...snooze, active } : null };
  };
  const reportInOrder = (openDeals: number, verdicts: readonly DealVerdict[]): StallReport => ({
    asOf, openDeals,
    stalled: verdicts.filter((v) => !v.snooze?.active),
    snoozed: verdicts.filter((v) => v.snooze?.active === true),
    notEvaluated: availability.notEvaluated,
  });
  const report = (openDeals: number, verdicts: readonly DealVerdict[]) => reportInOrder(openDeals, sortByAmountThenName(verdicts));
  return { judge, report, reportInOrder };
}

/** Amount, largest first (unknown amounts last), then name and external id (report-order.ts). */
export function sortByAmountThenName(verdicts: readonly DealVerdict[]): DealVerdict[] {
  return [...verdicts].sort((a, b) => compareInReportOrder(a.deal, b.deal));
}
