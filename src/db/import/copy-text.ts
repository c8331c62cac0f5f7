// COPY's text format (tab-separated, \N for NULL, backslash escapes), built in chunks of
// bounded size so that a file of any length streams through in bounded memory.

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field: NULL as \N, text with its backslashes, tabs and line breaks escaped. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** Collects COPY rows and hands them out as text chunks of about `chunkChars` characters. */
export class CopyTextBuffer {
  private parts: string[] = [];
  private size = 0;
  rows = 0;
  constructor(private readonly chunkChars: number) {}

  /** Adds a row of already-encoded fields; returns a full chunk when one is ready. */
  add(row: string): string | null {
    this.parts.push(row);
    this.size += row.length + 1;
    this.rows += 1;
    return this.size >= this.chunkChars ? this.take() : null;
  }

  take(): string | null {
    if (this.parts.length === 0) return null;
    const text = `${this.parts.join('\n')}\n`;
    this.parts = [];
    this.size = 0;
    return text;
  }
}
