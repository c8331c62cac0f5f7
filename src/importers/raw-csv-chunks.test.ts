import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainCsv, readRawChunks, type RawChunk } from './raw-csv-chunks.ts';

async function fileOf(content: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'cb-raw-')), 'file.csv');
  await writeFile(path, content);
  return path;
}

async function chunksOf(content: string | Buffer, chunkBytes: number): Promise<RawChunk[]> {
  const path = await fileOf(content);
  const chunks: RawChunk[] = [];
  for await (const chunk of readRawChunks(path, chunkBytes)) chunks.push(chunk);
  return chunks;
}

/** Every data line with the line number the chunks give it. */
function numbered(chunks: RawChunk[]): [number, string][] {
  return chunks.flatMap((chunk) => (chunk.kind === 'lines'
    ? chunk.text.split('\n').slice(0, -1).map((text, i): [number, string] => [chunk.firstLine + i, text])
    : []));
}

describe('readRawChunks', () => {
  const file = 'a,b\nx1,y1\n\nx2,y2\nx3,y3';
  it.each([3, 5, 8, 64 * 1024])('numbers lines the same whatever the chunk size (%i bytes)', async (size) => {
    expect(numbered(await chunksOf(file, size))).toEqual([[2, 'x1,y1'], [3, ''], [4, 'x2,y2'], [5, 'x3,y3']]);
  });

  it('drops a UTF-8 byte-order mark and keeps multi-byte characters whole across chunk edges', async () => {
    const chunks = await chunksOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('h\nÜber,ß\nmañana\n')]), 4);
    expect(numbered(chunks)).toEqual([[2, 'Über,ß'], [3, 'mañana']]);
  });

  it.each([
    ['a quote', 'a,b\nx,"y"\n', 'a quoted field'],
    ['a CR', 'a,b\r\nx,y\r\n', 'CR line ends'],
    ['invalid UTF-8', Buffer.from([0x61, 0x0a, 0xff, 0x0a]), 'invalid UTF-8'],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'UTF-16'],
  ])('says the file is unsuitable when it has %s', async (_name, content, reason) => {
    const chunks = await chunksOf(content, 1024);
    expect(chunks.at(-1)).toEqual({ kind: 'unsuitable', reason });
  });

  // The fast pass that decides the lane must agree with the chunks, at any piece size.
  it.each([
    ['a plain file', 'a,b\nx1,y1\n\nx2,y2\nx3,y3'],
    ['a BOM and multi-byte characters', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('h\nÜber,ß\nmañana\n')])],
    ['a quote', 'a,b\nx,"y"\n'],
    ['a CR', 'a,b\r\nx,y\r\n'],
    ['invalid UTF-8', Buffer.from([0x61, 0x0a, 0xff, 0x0a])],
    ['invalid UTF-8 at the end', Buffer.from([0x61, 0x0a, 0x62, 0xc3])],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x61, 0x00])],
  ])('isPlainCsv agrees with the chunks on %s', async (_name, content) => {
    const path = await fileOf(content);
    for (const size of [3, 1024]) {
      const chunks: RawChunk[] = [];
      for await (const chunk of readRawChunks(path, size)) chunks.push(chunk);
      expect(await isPlainCsv(path, size)).toBe(chunks.every((c) => c.kind === 'lines'));
    }
  });
});
