// A 200,000-row opportunities file is read in bounded memory: the heap, measured after a
// garbage collection at intervals, does not grow with the file (buffering the records
// alone would take well over 100 MB).
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImportPlan } from './read-import.ts';
import { collectProblems, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

const ROWS = 200_000;
const MB = 1024 * 1024;

// Without a collection, heapUsed mostly measures garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

async function writeBigFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('externalId,name,owner,account,stage,amount,createdAt,closedAt\n');
  const stages = ['prospect', 'discover', 'won', 'lost'];
  for (let start = 0; start < ROWS; start += 10_000) {
    let chunk = '';
    for (let i = start; i < start + 10_000; i += 1) {
      const stage = stages[i % 4] ?? 'won';
      const closed = stage === 'won' || stage === 'lost' ? '2017-06-30' : '';
      chunk += `OPP-${i},"Deal ${i}, renewal",Rep ${i % 500},Account ${i % 5000},${stage},${(i % 9000) + 100}.50,2017-01-15,${closed}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('streaming', () => {
  it(`reads ${ROWS.toLocaleString('en-US')} opportunities with bounded heap growth`, async () => {
    const folder = writeFolder({});
    await writeBigFile(join(folder, 'opportunities.csv'));
    const problems = collectProblems();
    const started = performance.now();
    const plan = await buildImportPlan(folder, { preset: 'generic' }, problems);
    const baseline = heapAfterGc();
    let peak = baseline;
    let count = 0;
    let amounts = 0;
    for await (const { record } of plan.opportunities?.() ?? []) {
      count += 1;
      amounts += record.amount ?? 0;
      if (count % 50_000 === 0) peak = Math.max(peak, heapAfterGc());
    }
    const seconds = (performance.now() - started) / 1000;
    const growthMb = (peak - baseline) / MB;
    console.info(`streamed ${count} rows in ${seconds.toFixed(2)} s, peak heap growth ${growthMb.toFixed(1)} MB`);
    expect(problems.errors).toEqual([]);
    expect(count).toBe(ROWS);
    expect(amounts).toBeGreaterThan(0);
    expect(growthMb).toBeLessThan(32);
  }, 30_000);
});
