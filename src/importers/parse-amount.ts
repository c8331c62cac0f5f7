// Money and counts in CSV cells. Accepted amounts: 500, 500.0, 1234.50, 1,234.50 (comma
// thousands groups of three), $1,200 / €1200 / £1200 / ¥1200 (a leading symbol is dropped;
// the currency comes from its own column). Decimal commas (1.234,50) are refused rather
// than guessed, since 1,234 means one thousand in US exports and one point two in others.
export type NumberResult = { ok: true; value: number | null } | { ok: false; message: string };

export const EXPECTED_AMOUNT = 'expected an amount like 1234.50, 1,234.50 or $1,200';
const EXPECTED_COUNT = 'expected a whole number like 1200 or 1,200';

const AMOUNT = /^(-)?\s*[$€£¥]?\s*(-)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$/;
const BRACKETED = /^\(\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\)$/;
const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/;

/** Parses a money cell; empty means unknown (null), negative is refused. Never throws. */
export function parseAmount(text: string): NumberResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  // Accounting notation (500) is a negative number.
  if (BRACKETED.test(trimmed)) return negative();
  const m = AMOUNT.exec(trimmed);
  if (!m || !m[3]) return { ok: false, message: EXPECTED_AMOUNT };
  const value = Number(m[3].replaceAll(',', ''));
  if (!Number.isFinite(value)) return { ok: false, message: EXPECTED_AMOUNT };
  if ((m[1] || m[2]) && value !== 0) return negative();
  return { ok: true, value };
}

/** Parses a non-negative whole number (employees, position); empty means unknown. */
export function parseCount(text: string): NumberResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const m = COUNT.exec(trimmed);
  if (!m || !m[1]) return { ok: false, message: EXPECTED_COUNT };
  return { ok: true, value: Number(m[1].replaceAll(',', '')) };
}

function negative(): NumberResult {
  return { ok: false, message: 'negative amount; expected 0 or more, like 1234.50' };
}
