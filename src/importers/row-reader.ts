// Typed access to the cells of one CSV row, reporting every bad cell with its file, line,
// column (the header name) and value. A row with an error is marked `failed` and the
// presets do not yield it; warnings leave the row in.
import type { ProblemSink } from './import-plan.ts';
import { looksLikeFormula, unescapeFormula, FORMULA_WARNING } from './check-formula.ts';
import { parseAmount, parseCount } from './parse-amount.ts';
import { parseDate, type DateFormat, type ParsedDate } from './parse-date.ts';
import { parseFlag } from './parse-flag.ts';

export type ColumnAt = { header: string; index: number };

export class RowReader<F extends string> {
  failed = false;

  constructor(
    readonly file: string,
    readonly line: number,
    private readonly cells: readonly string[],
    // Keyed by plain string so that a reader of more fields can stand in for one of fewer.
    private readonly columns: ReadonlyMap<string, ColumnAt>,
    private readonly sink: ProblemSink,
  ) {}

  /** The header name a field was read from, or null when the file has no such column. */
  column(field: F): string | null {
    return this.columns.get(field)?.header ?? null;
  }

  /** The cell as written (our exporter's formula escape removed), or null without the column. */
  raw(field: F): string | null {
    const at = this.columns.get(field);
    if (!at) return null;
    return unescapeFormula(this.cells[at.index] ?? '');
  }

  /** Trimmed text, null when empty; warns on formula-like cells; `what` makes it required. */
  text(field: F, what?: string): string | null {
    const at = this.columns.get(field);
    const cell = at ? (this.cells[at.index] ?? '') : '';
    if (looksLikeFormula(cell)) this.warning(field, FORMULA_WARNING, cell);
    const value = unescapeFormula(cell).trim();
    if (value !== '') return value;
    if (what) this.error(field, `expected a value: ${what} is required`, cell);
    return null;
  }

  date(field: F, format: DateFormat, what?: string): ParsedDate | null {
    const cell = this.raw(field) ?? '';
    if (cell.trim() === '') {
      if (what) this.error(field, `expected a value: ${what} is required`, cell);
      return null;
    }
    const parsed = parseDate(cell.trim(), format);
    if (parsed.ok) return parsed.value;
    this.error(field, parsed.message, cell);
    return null;
  }

  /** A money amount; empty is null (unknown). */
  amount(field: F, what?: string): number | null {
    return this.parsed(field, parseAmount, what);
  }

  /** A non-negative whole number; empty is null. */
  count(field: F): number | null {
    return this.parsed(field, parseCount);
  }

  flag(field: F): boolean | null {
    return this.parsed(field, parseFlag);
  }

  /** One of a closed list of words, matched ignoring case; empty is null. */
  choice<T extends string>(field: F, allowed: readonly T[]): T | null {
    const cell = this.raw(field) ?? '';
    const word = cell.trim().toLowerCase();
    if (word === '') return null;
    const found = allowed.find((option) => option.toLowerCase() === word);
    if (found === undefined) this.error(field, `expected one of: ${allowed.join(', ')}`, cell);
    return found ?? null;
  }

  error(field: F | null, message: string, value?: string | null): void {
    this.failed = true;
    this.sink.error(this.problem(field, message, value));
  }

  warning(field: F | null, message: string, value?: string | null): void {
    this.sink.warning(this.problem(field, message, value));
  }

  private parsed<T>(
    field: F,
    parse: (text: string) => { ok: true; value: T | null } | { ok: false; message: string },
    what?: string,
  ): T | null {
    const cell = this.raw(field) ?? '';
    const result = parse(cell);
    if (!result.ok) {
      this.error(field, result.message, cell);
      return null;
    }
    if (result.value === null && what) this.error(field, `expected a value: ${what} is required`, cell);
    return result.value;
  }

  private problem(field: F | null, message: string, value?: string | null) {
    const column = field === null ? null : this.column(field);
    return { file: this.file, line: this.line, column, value: value ?? (field === null ? null : this.raw(field)), message };
  }
}
