// The raw lane's cell and row rules (ADR 013, ADR 015) as one JavaScript function per file:
// a plain line's cells in, the staging columns' values out, or null when any rule cannot
// vouch for the line (it is then a leftover for the preset's own row mapper, which reports
// it word for word as the parser lane does). The rules are deliberately narrow and are the
// same as ADR 013's SQL statement per chunk (which they replace): never a guess.
import type { RawCellRule, RawCsvSource, RawRowCheck } from './import-plan.ts';

/** One value per staging column (in the order given), as COPY text input; null is SQL NULL. */
export type RawValues = (string | null)[];
export type LineRule = (cells: string[]) => RawValues | null;

// The characters JavaScript's trim() removes (less the line breaks, which cannot occur).
const EDGE_SPACE = new Set(' \t\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
// A cell starting with these is trimmed, warned about as a formula, un-escaped (our
// exporter's leading quote) or a negative amount on the parser lane: the line is left over.
const SUSPECT_START = new Set([...EDGE_SPACE, '=', '+', '@', "'", '-']);
// ISO dates the parser lane accepts, years 1900-2199, 24-hour times with two-digit hours.
const ISO_DAY = '(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const ISO_DATE_TIME = new RegExp(`^${ISO_DAY}( ([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?$`);
const ISO_DATE = new RegExp(`^${ISO_DAY}$`);
// Amounts a double holds exactly as written (the parser lane stores Number(cell)).
const PLAIN_AMOUNT = /^[0-9]{1,12}([.][0-9]{1,2})?$/;

type CellRead = (cells: string[]) => string | null | undefined; // undefined: not vouched for

/** Compiles the source's rules for the given staging columns. */
export function compileLineRule(source: Pick<RawCsvSource<unknown>, 'cells' | 'rowChecks' | 'width'>, columns: readonly string[]): LineRule {
  const reads = columns.map((name) => {
    const rule = source.cells[name];
    if (!rule) throw new Error(`raw source has no rule for ${name}`);
    return readCell(rule);
  });
  const checks = (source.rowChecks ?? []).map((check) => checkRow(check, columns));
  const width = source.width;
  return (cells) => {
    if (cells.length !== width) return null;
    for (const cell of cells) {
      if (cell.length > 0 && (SUSPECT_START.has(cell[0]!) || EDGE_SPACE.has(cell[cell.length - 1]!))) return null;
    }
    const values: RawValues = new Array(reads.length);
    for (let i = 0; i < reads.length; i += 1) {
      const value = reads[i]!(cells);
      if (value === undefined) return null;
      values[i] = value;
    }
    for (const check of checks) if (!check(values)) return null;
    return values;
  };
}

function readCell(rule: RawCellRule): CellRead {
  if (rule.index === null) {
    // An optional column the file lacks still falls back to its other cell (a deal's name to its id).
    if (rule.kind === 'optionalText' && rule.orIndex !== undefined) {
      const or = rule.orIndex;
      return (c) => c[or]!;
    }
    return () => null;
  }
  const at = rule.index;
  switch (rule.kind) {
    case 'text':
      return (c) => (c[at] === '' ? undefined : c[at]!);
    case 'optionalText': {
      const or = rule.orIndex;
      return or === undefined ? (c) => (c[at] === '' ? null : c[at]!) : (c) => (c[at] === '' ? c[or]! : c[at]!);
    }
    case 'stage':
    case 'outcome': {
      const meaning = new Map(rule.words.map(([word, stageKey, outcome]) => [word, rule.kind === 'stage' ? stageKey : outcome]));
      return (c) => meaning.get(c[at]!);
    }
    case 'timestamp':
      return (c) => (ISO_DATE_TIME.test(c[at]!) && isCalendarDay(c[at]!) ? c[at]! : undefined);
    case 'date':
      return (c) => (c[at] === '' ? null : ISO_DATE.test(c[at]!) && isCalendarDay(c[at]!) ? c[at]! : undefined);
    case 'amount':
      return (c) => (c[at] === '' ? null : PLAIN_AMOUNT.test(c[at]!) ? c[at]! : undefined);
  }
}

// Days 29-31 exist in some months only (parse-date.ts's calendar rule). Only called on
// cells that match ISO_DAY.
function isCalendarDay(text: string): boolean {
  const day = Number(text.slice(8, 10));
  if (day <= 28) return true;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= last;
}

// Row checks compare the staged text values (ISO dates compare as text, as in the SQL).
function checkRow(check: RawRowCheck, columns: readonly string[]): (values: RawValues) => boolean {
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index === -1) throw new Error(`row check names an unknown column ${name}`);
    return index;
  };
  const column = at(check.column);
  if (check.kind === 'notBefore') {
    const earlier = check.earlier.map(at);
    return (v) => v[column] === null || earlier.every((e) => v[e] === null || v[column]! >= v[e]!);
  }
  const when = at(check.when.column);
  const applies = check.when.equals !== undefined
    ? (v: RawValues) => v[when] === check.when.equals
    : (v: RawValues) => v[when] !== (check.when.differs ?? '');
  // A null when-column leaves the line to the mapper (SQL's NULL made the check fail).
  return check.kind === 'nullWhen'
    ? (v) => v[when] !== null && !(applies(v) && v[column] !== null)
    : (v) => v[when] !== null && !(applies(v) && v[column] === null);
}
