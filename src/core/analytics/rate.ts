// A rate with its sample, so that small samples are flagged instead of trusted (SPEC §4.2:
// "every KPI carries its sample size; a rate over fewer than N events is low-confidence").
export type Rate = {
  /** numerator ÷ denominator as a fraction 0..1; null when nothing was counted (never 0). */
  value: number | null;
  /** The denominator: how many events the rate is judged on. */
  sample: number;
  lowConfidence: boolean;
};

export const DEFAULT_MIN_SAMPLE = 5;

export function rate(numerator: number, denominator: number, minSample = DEFAULT_MIN_SAMPLE): Rate {
  // Counts come from our own SQL; a negative, fractional or inverted count is a bug.
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new Error(`rate needs non-negative integer counts, got ${numerator}/${denominator}`);
  }
  if (numerator > denominator) throw new Error(`rate numerator ${numerator} exceeds denominator ${denominator}`);
  return {
    value: denominator === 0 ? null : numerator / denominator,
    sample: denominator,
    lowConfidence: denominator < minSample,
  };
}
