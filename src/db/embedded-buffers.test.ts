import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { MAX_SHARED_BUFFERS_MB, MIN_SHARED_BUFFERS_MB, sharedBuffersMb, tableBytes } from './embedded-buffers.ts';

const MB = 1024 * 1024;
const touch = async (path: string) => { await writeFile(path, ''); return path; };

describe('sharedBuffersMb', () => {
  it.each([
    [0, 64], // a new folder
    [300 * MB, 64], // ~100k deals: a tenth (30 MB) is under the floor
    [640 * MB, 64],
    [1000 * MB, 96], // 100 MB, down to a step of 16
    [1600 * MB, 160],
    [2560 * MB, 256],
    [2.9 * 1024 * MB, 256], // 1M deals: a tenth (297 MB) is over the ceiling
    [20 * 1024 * MB, 256],
  ])('%d bytes of tables -> %d MB', (bytes, mb) => {
    expect(sharedBuffersMb(bytes)).toBe(mb);
  });

  it('stays within its bounds, in steps of 16 MB, and never shrinks as the tables grow', () => {
    let previous = 0;
    for (let bytes = 0; bytes <= 4096 * MB; bytes += 37 * MB) {
      const mb = sharedBuffersMb(bytes);
      expect(mb).toBeGreaterThanOrEqual(MIN_SHARED_BUFFERS_MB);
      expect(mb).toBeLessThanOrEqual(MAX_SHARED_BUFFERS_MB);
      expect(mb % 16).toBe(0);
      expect(mb).toBeGreaterThanOrEqual(previous);
      previous = mb;
    }
  });
});

describe('tableBytes', () => {
  const made: string[] = [];
  afterAll(async () => { for (const dir of made) await rm(dir, { recursive: true, force: true }); });

  it('adds up the files under base/ and leaves the WAL and the shared catalogs out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cb-buffers-'));
    made.push(dir);
    await mkdir(join(dir, 'base', '1'), { recursive: true });
    await mkdir(join(dir, 'base', '5'), { recursive: true });
    await mkdir(join(dir, 'pg_wal'), { recursive: true });
    await mkdir(join(dir, 'global'), { recursive: true });
    await writeFile(join(dir, 'base', '1', '1259'), Buffer.alloc(8192));
    await writeFile(join(dir, 'base', '5', '16384'), Buffer.alloc(3 * 8192));
    await writeFile(join(dir, 'base', '5', '16384_fsm'), Buffer.alloc(100));
    await writeFile(join(dir, 'pg_wal', '000000010000000000000001'), Buffer.alloc(50_000));
    await writeFile(join(dir, 'global', '1262'), Buffer.alloc(7_000));
    expect(await tableBytes(dir)).toBe(4 * 8192 + 100);
  });

  it('is 0 for a folder without tables yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cb-buffers-'));
    made.push(dir);
    expect(await tableBytes(dir)).toBe(0);
  });

  it('sizes the buffers of an embedded database from its folder when it opens it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cb-buffers-'));
    made.push(dir);
    const show = async () => {
      const database = await openDatabase(dir);
      try {
        return (await database.pool.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0]!.shared_buffers;
      } finally {
        await database.close();
      }
    };
    expect(await show()).toBe(`${MIN_SHARED_BUFFERS_MB}MB`); // a new folder
    // A sparse file of 2 GB beside the tables (no disk used; PostgreSQL ignores a file it has
    // no relation for) makes the folder read as a large database at the next start.
    const pgdata = join(dir, 'pgdata');
    await truncate(await touch(join(pgdata, 'base', 'cb-test-sparse')), 2048 * MB);
    const expected = sharedBuffersMb(await tableBytes(pgdata));
    expect(expected).toBeGreaterThan(MIN_SHARED_BUFFERS_MB);
    expect(await show()).toBe(`${expected}MB`);
  });
});
