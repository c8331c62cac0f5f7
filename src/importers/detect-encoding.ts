// Which text encoding a CSV file uses, from its first bytes. Excel writes UTF-8 with a BOM
// ("CSV UTF-8") or UTF-16 LE with a BOM ("Unicode text"); everything else is read as UTF-8
// and invalid bytes are reported per line by the line index. UTF-16 is converted to UTF-8
// before parsing, so that the parser and the line index only ever see UTF-8 bytes.
import { Transform } from 'node:stream';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be';
export type SniffedEncoding = {
  encoding: TextEncoding;
  bomLength: number;
  /** No BOM, but NUL bytes every other byte: UTF-16 that we cannot decode safely. */
  looksLikeBomlessUtf16: boolean;
};

export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf8', bomLength: 3, looksLikeBomlessUtf16: false };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2, looksLikeBomlessUtf16: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2, looksLikeBomlessUtf16: false };
  return { encoding: 'utf8', bomLength: 0, looksLikeBomlessUtf16: hasAlternatingNuls(head) };
}

// ASCII text in UTF-16 has a NUL in every other byte; real UTF-8 CSV has none.
function hasAlternatingNuls(head: Uint8Array): boolean {
  const sample = head.subarray(0, 64);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  });
  const half = Math.floor(sample.length / 2);
  return even >= half * 0.8 || odd >= half * 0.8;
}

/** Drops the BOM and converts UTF-16 to UTF-8 bytes; UTF-8 passes through untouched. */
export function createUtf8Normaliser(sniffed: SniffedEncoding): Transform {
  let toSkip = sniffed.bomLength;
  const decoder = sniffed.encoding === 'utf8'
    ? null
    : new TextDecoder(sniffed.encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let bytes = chunk;
      if (toSkip > 0) {
        const skipped = Math.min(toSkip, bytes.length);
        bytes = bytes.subarray(skipped);
        toSkip -= skipped;
      }
      if (!decoder) done(null, bytes);
      else done(null, Buffer.from(decoder.decode(bytes, { stream: true }), 'utf8'));
    },
    flush(done) {
      if (decoder) done(null, Buffer.from(decoder.decode(), 'utf8'));
      else done();
    },
  });
}
