// "A day's changes" for the incremental import benchmark: N open deals of the generated
// data (not in the last open stage), each moved one stage forward on the as-of day with a
// new stage-history row, and its amount changed, written as a generic-preset folder
// (opportunities.csv with the deals' full rows, stage-history.csv with the new rows only).
// Deterministic: the deals are every k-th candidate from `offset`, so batches with
// different offsets touch different deals.
import { createReadStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { GENERATED_AS_OF, OPPORTUNITY_HEADER, STAGE_HISTORY_HEADER } from '../data/generate-deal.ts';
import { IMPORT_FILES } from '../generate-import-data.ts';

// The generator's open stages (bench/data/generate-deal.ts), in process order.
const OPEN_STAGES = ['prospect', 'discover', 'teach', 'solution', 'proposal', 'negotiate', 'close'];
const col = (name: (typeof OPPORTUNITY_HEADER)[number]) => OPPORTUNITY_HEADER.indexOf(name);
const STAGE = col('stage');
const AMOUNT = col('amount');
const ENGAGED = col('engagedAt');
const EXTERNAL_ID = col('externalId');
// Later than any generated entry (those are on or before the as-of day, 08:00–18:59).
const ENTERED_AT = `${GENERATED_AS_OF} 23:30:00`;

export type DailyChanges = { folder: string; externalIds: string[] };

/** The open deals (not in the last open stage) a day's changes can move, as CSV lines. */
export async function movableDeals(dataFolder: string): Promise<string[]> {
  const candidates: string[] = [];
  const lines = createInterface({ input: createReadStream(join(dataFolder, IMPORT_FILES.opportunities)), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) { header = false; continue; }
    const stage = line.split(',', STAGE + 1)[STAGE]!;
    const ord = OPEN_STAGES.indexOf(stage);
    if (ord >= 0 && ord < OPEN_STAGES.length - 1) candidates.push(line);
  }
  return candidates;
}

export async function writeDailyChanges(candidates: readonly string[], count: number, batches: number, offset: number): Promise<DailyChanges> {
  // Spread over the whole file (and so over all reps); `batches` disjoint sets by offset.
  const stride = Math.floor(candidates.length / (count * batches));
  if (stride < 1) throw new Error(`only ${candidates.length} open deals to move; ${count} × ${batches} batches needed`);
  const chosen = Array.from({ length: count }, (_, i) => candidates[(i * batches + offset) * stride]!);
  const opportunities: string[] = [OPPORTUNITY_HEADER.join(',')];
  const history: string[] = [STAGE_HISTORY_HEADER.join(',')];
  const externalIds: string[] = [];
  for (const line of chosen) {
    const cells = line.split(',');
    const next = OPEN_STAGES[OPEN_STAGES.indexOf(cells[STAGE]!) + 1]!;
    cells[STAGE] = next;
    cells[AMOUNT] = cells[AMOUNT] === '' ? '12500.00' : (Number(cells[AMOUNT]) * 1.1).toFixed(2);
    if (cells[ENGAGED] === '') cells[ENGAGED] = GENERATED_AS_OF;
    opportunities.push(cells.join(','));
    history.push(`${cells[EXTERNAL_ID]},${next},${ENTERED_AT}`);
    externalIds.push(cells[EXTERNAL_ID]!);
  }
  const folder = await mkdtemp(join(tmpdir(), 'cb-bench-daily-'));
  await writeFile(join(folder, IMPORT_FILES.opportunities), `${opportunities.join('\n')}\n`);
  await writeFile(join(folder, IMPORT_FILES.stageHistory), `${history.join('\n')}\n`);
  return { folder, externalIds };
}
