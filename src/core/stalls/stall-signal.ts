// The stall signals of SPEC §4.6 (docs/stalls.md), each reported in words: `{ code, text }`
// for a deal where it fired, `{ code, reason }` for a signal the org's data cannot support.
export type SignalCode =
  | 'days_in_stage' | 'age_since_engage' | 'no_activity' | 'close_date_pushed' | 'close_date_past' | 'single_threaded';

/** Every signal, in the order a deal's signals are listed. */
export const SIGNAL_CODES: readonly SignalCode[] = [
  'days_in_stage', 'age_since_engage', 'no_activity', 'close_date_pushed', 'close_date_past', 'single_threaded',
];

export type StallSignal = { code: SignalCode; text: string };
export type NotEvaluated = { code: SignalCode; reason: string };

/** "1 day", "41 days". */
export const dayCount = (days: number): string => `${days} ${days === 1 ? 'day' : 'days'}`;

/** "once", "twice", "3 times". */
export const timesCount = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "212", "4,238": a whole number with thousands separators (cheap: runs for every stalled deal). */
export const wholeNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
