// Formula injection (CSV injection): a text cell that a spreadsheet would run as a formula
// when someone opens an export of it, e.g. `=cmd|' /C calc'!A0`. We store the value as it
// is (it is data) and warn; the CSV exporter neutralises such cells by prefixing a single
// quote, which `unescapeFormula` undoes so that an export -> import round trip is lossless.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
// What follows the trigger in harmless cells: numbers, phone numbers, dates, ranges.
const NUMERIC_REST = /^[\s\d.,:;%()/+-]*$/;

/** True when a spreadsheet would treat the raw cell as a formula with non-numeric content. */
export function looksLikeFormula(raw: string): boolean {
  const first = raw[0];
  if (first === undefined || !TRIGGERS.has(first)) return false;
  return !NUMERIC_REST.test(raw.slice(1));
}

/** Removes the protective quote our exporter puts before = + - @ tab CR ("'=x" -> "=x"). */
export function unescapeFormula(raw: string): string {
  if (raw.length >= 2 && raw[0] === "'" && TRIGGERS.has(raw[1] ?? '')) return raw.slice(1);
  return raw;
}

export const FORMULA_WARNING =
  'cell starts like a spreadsheet formula; stored unchanged (exports neutralise it), check the source';
