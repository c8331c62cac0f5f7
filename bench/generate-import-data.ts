// Generates the import benchmark's input (generic preset, default layout) from a fixed
// seed, streaming each CSV to disk. Reuses tmp/bench-data/<deals>/ when its manifest
// matches, since 1M deals take a while to write. Run alone:
//   node bin/run-ts.js bench/generate-import-data.ts [deals]
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCsvFileWriter } from './data/csv-file-writer.ts';
import {
  GENERATED_AS_OF, HISTORY_ROWS_PER_DEAL, OPPORTUNITY_HEADER, STAGE_HISTORY_HEADER, generateDeal,
} from './data/generate-deal.ts';
import { PEOPLE_HEADER, REPS, writePeople } from './data/generate-people.ts';
import { createSeededRandom } from './data/seeded-random.ts';

// Bump when the generated content changes, so that old caches are regenerated.
const GENERATOR_VERSION = 1;
const SEED = 20_250_630;
export const IMPORT_FILES = { people: 'people.csv', opportunities: 'opportunities.csv', stageHistory: 'stage-history.csv' } as const;
type FileKey = keyof typeof IMPORT_FILES;

export type ImportDataManifest = {
  generatorVersion: number;
  seed: number;
  deals: number;
  asOf: string;
  rows: Record<FileKey, number>;
  bytes: Record<FileKey, number>;
};

export type ImportData = { folder: string; manifest: ImportDataManifest; reused: boolean };

export async function ensureImportData(
  deals: number, log: (line: string) => void = () => {}, root = resolve('tmp/bench-data'),
): Promise<ImportData> {
  const folder = join(root, String(deals));
  const cached = await readMatchingManifest(folder, deals);
  if (cached) {
    log(`import data: reusing ${folder}`);
    return { folder, manifest: cached, reused: true };
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  const random = createSeededRandom(SEED);
  const people = createCsvFileWriter(join(folder, IMPORT_FILES.people), PEOPLE_HEADER);
  await writePeople(people, random);
  await people.close();
  const opportunities = createCsvFileWriter(join(folder, IMPORT_FILES.opportunities), OPPORTUNITY_HEADER);
  const history = createCsvFileWriter(join(folder, IMPORT_FILES.stageHistory), STAGE_HISTORY_HEADER);
  const shape = { reps: REPS, accounts: Math.max(100, Math.round(deals / 20)), idWidth: Math.max(7, String(deals).length) };
  for (let i = 1; i <= deals; i += 1) {
    const deficit = HISTORY_ROWS_PER_DEAL * (i - 1) - history.rows();
    const deal = generateDeal(random, i, shape, deficit);
    await opportunities.line(deal.opportunity);
    for (const line of deal.history) await history.line(line);
    if (i % 100_000 === 0) log(`import data: ${i.toLocaleString('en')} deals written`);
  }
  await Promise.all([opportunities.close(), history.close()]);
  const manifest: ImportDataManifest = {
    generatorVersion: GENERATOR_VERSION, seed: SEED, deals, asOf: GENERATED_AS_OF,
    rows: { people: people.rows(), opportunities: opportunities.rows(), stageHistory: history.rows() },
    bytes: await fileSizes(folder),
  };
  // Written last: a folder without it (an interrupted run) is never reused.
  await writeFile(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`import data: generated ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { folder, manifest, reused: false };
}

async function readMatchingManifest(folder: string, deals: number): Promise<ImportDataManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as ImportDataManifest;
    if (manifest.generatorVersion !== GENERATOR_VERSION || manifest.seed !== SEED || manifest.deals !== deals) return null;
    const sizes = await fileSizes(folder);
    const intact = (Object.keys(IMPORT_FILES) as FileKey[]).every((key) => sizes[key] === manifest.bytes[key]);
    return intact ? manifest : null;
  } catch {
    return null;
  }
}

async function fileSizes(folder: string): Promise<Record<FileKey, number>> {
  const entries = await Promise.all((Object.entries(IMPORT_FILES) as [FileKey, string][])
    .map(async ([key, file]) => [key, (await stat(join(folder, file))).size] as const));
  return Object.fromEntries(entries) as Record<FileKey, number>;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const deals = Number(process.argv[2] ?? 1_000_000);
  if (!Number.isInteger(deals) || deals < 1) throw new Error(`deals: expected a whole number, got ${process.argv[2]}`);
  const data = await ensureImportData(deals, (line) => console.error(line));
  console.log(JSON.stringify(data.manifest));
}
