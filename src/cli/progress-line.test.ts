import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCsvRows, createProgressLine } from './progress-line.ts';

describe('import progress', () => {
  it('counts the data rows of every CSV in a folder, or of one file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cb-progress-'));
    await writeFile(join(folder, 'a.csv'), 'h\n1\n2\n3\n');
    await writeFile(join(folder, 'b.csv'), 'h\n1\n');
    await writeFile(join(folder, 'notes.txt'), 'x\ny\n');
    expect(await countCsvRows(folder)).toBe(4);
    expect(await countCsvRows(join(folder, 'a.csv'))).toBe(3);
  });

  it('draws a bar with the share of rows read on a terminal, and nothing elsewhere', () => {
    let out = '';
    const tty = { isTTY: true, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream;
    const line = createProgressLine(200, tty)!;
    line.update('opportunities', 100);
    expect(out).toContain(' 50%');
    expect(out).toContain('opportunities: 100 rows read');
    expect(createProgressLine(200, { isTTY: false } as NodeJS.WriteStream)).toBeUndefined();
  });
});
