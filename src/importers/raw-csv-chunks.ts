// A CSV file cut into chunks of whole lines for the database to split and type itself
// (ADR 013). Only plain files qualify: UTF-8 (a BOM is dropped), LF line ends, no quote
// character anywhere. Then one physical line is one record, so a record's line number is
// the chunk's first line plus its place in the chunk. Anything else is reported as
// unsuitable, at whatever point it is seen, and the caller falls back to the CSV parser.
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export type RawChunk =
  | { kind: 'lines'; firstLine: number; text: string; lineCount: number }
  | { kind: 'unsuitable'; reason: string };

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const CHUNK_BYTES = 4 * 1024 * 1024;

/** The data lines (after the header) in chunks; the first chunk's first line is 2. */
export async function* readRawChunks(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<RawChunk> {
  let carry: Buffer = Buffer.alloc(0);
  let nextLine = 1;
  let headerSkipped = false;
  let first = true;
  for await (const piece of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let bytes = piece;
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        yield { kind: 'unsuitable', reason: 'UTF-16' };
        return;
      }
    }
    const problem = plainProblem(bytes);
    if (problem) {
      yield { kind: 'unsuitable', reason: problem };
      return;
    }
    let data = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    if (!headerSkipped) {
      const end = data.indexOf(LF);
      if (end === -1) {
        carry = Buffer.from(data);
        continue;
      }
      data = data.subarray(end + 1);
      nextLine = 2;
      headerSkipped = true;
    }
    const last = data.lastIndexOf(LF);
    if (last === -1) {
      carry = Buffer.from(data);
      continue;
    }
    const body = data.subarray(0, last + 1);
    carry = Buffer.from(data.subarray(last + 1));
    const chunk = toChunk(body, nextLine);
    if (chunk.kind === 'unsuitable') {
      yield chunk;
      return;
    }
    nextLine += chunk.lineCount;
    yield chunk;
  }
  if (headerSkipped && carry.length > 0) {
    const chunk = toChunk(Buffer.concat([carry, Buffer.from([LF])]), nextLine);
    yield chunk;
  }
}

/**
 * Whether readRawChunks would yield the whole file without an 'unsuitable' chunk, checked
 * without decoding it (a pass at disk speed): the same BOM, quote, CR, NUL and UTF-8 rules.
 */
export async function isPlainCsv(path: string, chunkBytes = CHUNK_BYTES): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  let first = true;
  for await (const piece of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    let bytes = piece;
    if (first) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (plainProblem(bytes)) return false;
    // UTF-8 is checked up to the last line feed; a character split across pieces waits.
    const data = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
    const last = data.lastIndexOf(LF);
    if (last === -1) {
      carry = Buffer.from(data);
      continue;
    }
    if (!isUtf8(data.subarray(0, last + 1))) return false;
    carry = Buffer.from(data.subarray(last + 1));
  }
  return isUtf8(carry);
}

function toChunk(body: Buffer, firstLine: number): RawChunk {
  // A split multi-byte character cannot occur here: chunks end on a line feed.
  if (!isUtf8(body)) return { kind: 'unsuitable', reason: 'invalid UTF-8' };
  let lineCount = 0;
  for (let at = body.indexOf(LF); at !== -1; at = body.indexOf(LF, at + 1)) lineCount += 1;
  return { kind: 'lines', firstLine, text: body.toString('utf8'), lineCount };
}

function plainProblem(bytes: Buffer): string | null {
  if (bytes.includes(QUOTE)) return 'a quoted field';
  if (bytes.includes(CR)) return 'CR line ends';
  if (bytes.includes(0)) return 'NUL bytes';
  return null;
}
