// Physical line numbers for the CSV parser's byte offsets, and the lines that hold invalid
// UTF-8. csv-parse's own line counter drifts on CRLF inside quoted fields, so we count
// line breaks in the bytes ourselves. Only breaks not yet consumed are kept: memory stays
// bounded by the parser's read-ahead, whatever the file size.
import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;
const PRUNE_AT = 8192;

export class LineIndex {
  private breaks: number[] = [];
  private head = 0;
  private released = 0;
  private seen = 0;
  private totalBreaks = 0;
  private breakByte: number | null = null;
  private carry: Buffer = Buffer.alloc(0);
  // Lines with invalid UTF-8, in increasing order (bytes are scanned in order); `badHead` is the first unchecked.
  private badLines: number[] = [];
  private badHead = 0;

  /** The character that ends a line in this file ('\n', or '\r' for old Mac files). */
  get lineBreak(): string {
    return this.breakByte === CR ? '\r' : '\n';
  }

  /** 1-based line of the byte at `offset` (offsets only move forward between calls). */
  lineAt(offset: number): number {
    let low = this.head;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.breaks[mid] ?? Infinity) < offset) low = mid + 1;
      else high = mid;
    }
    return 1 + this.released + (low - this.head);
  }

  /** Forgets breaks before `offset`; call once a record ending there is consumed. */
  release(offset: number): void {
    while (this.head < this.breaks.length && (this.breaks[this.head] ?? Infinity) < offset) {
      this.head += 1;
      this.released += 1;
    }
    if (this.head > PRUNE_AT) {
      this.breaks = this.breaks.slice(this.head);
      this.head = 0;
    }
  }

  /** True when a line in [from, to] holds invalid UTF-8; forgets bad lines before `from`. */
  hasInvalidUtf8(from: number, to: number): boolean {
    while (this.badHead < this.badLines.length && (this.badLines[this.badHead] ?? Infinity) < from) this.badHead += 1;
    if (this.badHead > PRUNE_AT) {
      this.badLines = this.badLines.slice(this.badHead);
      this.badHead = 0;
    }
    return (this.badLines[this.badHead] ?? Infinity) <= to;
  }

  /** A pass-through stream that records breaks and invalid UTF-8 as bytes flow by. */
  transform(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.scan(chunk);
        done(null, chunk);
      },
      flush: (done) => {
        if (this.carry.length > 0) this.addBadLine(1 + this.totalBreaks);
        done();
      },
    });
  }

  private addBadLine(line: number): void {
    if (this.badLines[this.badLines.length - 1] !== line) this.badLines.push(line);
  }

  private scan(chunk: Buffer): void {
    if (this.breakByte === null) this.breakByte = detectBreak(chunk);
    const breaksBefore = this.totalBreaks;
    if (this.breakByte !== null) {
      for (let at = chunk.indexOf(this.breakByte); at !== -1; at = chunk.indexOf(this.breakByte, at + 1)) {
        this.breaks.push(this.seen + at);
        this.totalBreaks += 1;
      }
    }
    this.seen += chunk.length;
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(data);
    const body = data.subarray(0, end);
    if (!isUtf8(body)) {
      // Offsets come in order, so the break count up to each one is carried forward.
      let counted = 0;
      let lines = breaksBefore;
      for (const at of invalidUtf8Offsets(body)) {
        lines += countByte(body, this.breakByte ?? LF, counted, at);
        counted = at;
        this.addBadLine(1 + lines);
      }
    }
    this.carry = Buffer.from(data.subarray(end));
  }
}

// LF files (and CRLF, whose lines end in LF too) count '\n'; a CR not followed by LF means
// an old Mac file whose lines end in '\r'. Undecided until a chunk holds a break.
function detectBreak(chunk: Buffer): number | null {
  const lf = chunk.indexOf(LF);
  const cr = chunk.indexOf(CR);
  if (cr !== -1 && (lf === -1 || cr < lf) && chunk[cr + 1] !== LF && cr + 1 < chunk.length) return CR;
  return lf !== -1 ? LF : null;
}

function countByte(bytes: Uint8Array, byte: number, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) if (bytes[i] === byte) count += 1;
  return count;
}

// Where the last complete UTF-8 character ends, so that a character split across two
// chunks is validated whole with the next chunk.
function completeEnd(data: Uint8Array): number {
  const length = data.length;
  for (let back = 1; back <= Math.min(3, length); back += 1) {
    const byte = data[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return length;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return size > back ? length - back : length;
  }
  return length;
}

/** Offsets where an invalid UTF-8 sequence starts (RFC 3629: no overlongs, no surrogates). */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || !validTail(bytes, i, size, lead)) {
      bad.push(i);
      i += 1;
    } else {
      i += size;
    }
  }
  return bad;
}

function validTail(bytes: Uint8Array, at: number, size: number, lead: number): boolean {
  if (at + size > bytes.length) return false;
  const second = bytes[at + 1] ?? 0;
  const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f]
    : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (second < low || second > high) return false;
  for (let k = 2; k < size; k += 1) if (((bytes[at + k] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}
