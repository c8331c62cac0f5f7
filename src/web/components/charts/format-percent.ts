// Shares and rates as people read them in the app: "42 %" (a space before the sign, kept
// on one line), "—" when unknown. Charts and the analytics pages share these.
import { UNKNOWN } from '../format-money.ts';

const NBSP = '\u00a0';

/** 0.4236 -> "42 %"; null -> "—". */
export function formatPercent(value: number | null, digits = 0, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value * 100);
  return `${number}${NBSP}%`;
}

/** A difference of two shares in percentage points: -0.34 -> "−34 pts". */
export function formatPoints(delta: number, locale?: string): string {
  const points = Math.round(delta * 100);
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  return `${sign}${new Intl.NumberFormat(locale).format(Math.abs(points))}${NBSP}pts`;
}

/** A count of days: 48.5 -> "48.5 days", 1 -> "1 day". */
export function formatDays(value: number | null, locale?: string): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return `${text}${NBSP}${value === 1 ? 'day' : 'days'}`;
}
