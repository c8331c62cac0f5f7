// Which signals the org's data can support (SPEC §4.6): a signal whose data the org never
// imported is not evaluated, and the report says why, instead of flagging every deal.
import type { NotEvaluated, SignalCode } from './stall-signal.ts';
import { SIGNAL_CODES } from './stall-signal.ts';

export type OrgStallData = {
  hasStageHistory: boolean;
  /** Activities linked to a deal (activities without a deal say nothing about one). */
  hasDealActivities: boolean;
  /** Field history of the expected close date. */
  hasCloseDateHistory: boolean;
  hasExpectedCloseDates: boolean;
  hasStakeholders: boolean;
  /** Won deals with an engage date, closed by the as-of date: the sample of won cycles. */
  wonCyclesWithEngageDate: number;
};

export type SignalAvailability = { evaluated: ReadonlySet<SignalCode>; notEvaluated: NotEvaluated[] };

/** `dealsWithoutStageHistory`: open deals (in scope) that have no stage history but an engage date. */
export function signalAvailability(data: OrgStallData, dealsWithoutStageHistory: number): SignalAvailability {
  const reasons: Partial<Record<SignalCode, string>> = {};
  if (!data.hasStageHistory) reasons.days_in_stage = 'no stage history imported';
  if (data.wonCyclesWithEngageDate === 0) reasons.age_since_engage = 'no won deal with an engage date to measure won cycles';
  else if (dealsWithoutStageHistory === 0) {
    reasons.age_since_engage = 'no open deal relies on its engage date alone (each has stage history, judged by days in stage)';
  }
  if (!data.hasDealActivities) reasons.no_activity = 'no activities linked to deals imported';
  if (!data.hasCloseDateHistory) reasons.close_date_pushed = 'no close-date history imported';
  if (!data.hasExpectedCloseDates && !data.hasCloseDateHistory) reasons.close_date_past = 'no expected close dates imported';
  if (!data.hasStakeholders) reasons.single_threaded = 'no stakeholders imported';
  const notEvaluated = SIGNAL_CODES.filter((code) => reasons[code] !== undefined).map((code) => ({ code, reason: reasons[code]! }));
  return { evaluated: new Set(SIGNAL_CODES.filter((code) => reasons[code] === undefined)), notEvaluated };
}
