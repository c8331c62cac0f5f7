// The generic preset's process and stage vocabulary, from (in order of precedence) the
// mapping's `stages` words, its `process` list or the stages file, else the default
// process. A stage word mapped to "open" becomes an open stage of its own.
import type { StageKind, StageRecord } from '../core/crm/records.ts';
import { DEFAULT_PROCESS, stageKeyFromName } from '../core/process/default-process.ts';
import type { ProblemSink } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import type { FieldOf } from './mapping-schema.ts';
import { readWholeTable } from './record-stream.ts';
import { OUTCOME_STAGES, StageVocabulary, openStages, type ResolvedStage } from './stage-vocabulary.ts';

type StageRow = { key: string; name: string; position: number; kind: StageKind; expectedDays: number | null };
const KINDS: readonly StageKind[] = ['open', 'won', 'lost', 'no_decision'];

export type GenericStages = { process: StageRecord[]; vocabulary: StageVocabulary };

export async function buildGenericStages(
  input: { stageWords: Readonly<Record<string, string>>; process: readonly string[] | null; mappingFile: string | null },
  stagesTable: Table<FieldOf<'stages'>> | null,
  sink: ProblemSink,
): Promise<GenericStages> {
  const fileRows = stagesTable ? (await readStageRows(stagesTable)).map((located) => located.record) : [];
  let process: StageRecord[];
  if (input.process) process = openStages(input.process);
  else if (fileRows.some((row) => row.kind === 'open')) process = processFromFile(fileRows);
  else process = DEFAULT_PROCESS.filter((stage) => stage.kind === 'open').map((stage) => ({ ...stage }));
  // Stage words mapped to "open" have no stage of their own in the process: add one each.
  const openWords = Object.entries(input.stageWords).filter(([, target]) => target.toLowerCase() === 'open').map(([word]) => word);
  const extra = openStages(openWords).filter((stage) => !process.some((known) => known.key === stage.key));
  process = [...process, ...extra.map((stage, index) => ({ ...stage, position: process.length + index + 1 }))];

  const base = new StageVocabulary();
  base.addProcess(process);
  for (const row of fileRows) {
    if (row.kind !== 'open') {
      base.add(row.name, { stageKey: row.kind, outcome: row.kind });
      base.add(row.key, { stageKey: row.kind, outcome: row.kind }, false);
    }
  }
  // The user's own words come first: they win over names that merely look alike.
  const vocabulary = new StageVocabulary();
  for (const [word, target] of Object.entries(input.stageWords)) {
    const meaning = resolveTarget(word, target, base);
    if (meaning) vocabulary.add(word, meaning);
    else {
      sink.error({
        file: input.mappingFile ?? 'mapping', line: null, column: `opportunities.stages.${word}`, value: target,
        message: `mapping opportunities.stages.${word}: unknown target "${target}"; expected open, won, lost, no_decision or a stage of the process (${process.map((stage) => stage.key).join(', ')})`,
      });
    }
  }
  base.forEachWord((word, meaning, listed) => vocabulary.add(word, meaning, listed));
  return { process, vocabulary };
}

function resolveTarget(word: string, target: string, base: StageVocabulary): ResolvedStage | null {
  const lower = target.toLowerCase();
  if (lower === 'open') return { stageKey: stageKeyFromName(word), outcome: 'open' };
  const outcome = OUTCOME_STAGES.find((stage) => stage.key === lower);
  if (outcome) return { stageKey: outcome.key, outcome: outcome.key };
  const stage = base.resolve(target);
  return stage && stage.outcome === 'open' ? stage : null;
}

function processFromFile(rows: readonly StageRow[]): StageRecord[] {
  return rows.filter((row) => row.kind === 'open')
    .map((row, order) => ({ row, order }))
    .sort((a, b) => a.row.position - b.row.position || a.order - b.order)
    .map(({ row }, index) => ({ key: row.key, name: row.name, position: index + 1, kind: 'open', expectedDays: row.expectedDays }));
}

async function readStageRows(table: Table<FieldOf<'stages'>>) {
  let order = 0;
  return readWholeTable(table, () => ({
    map: (row): StageRow | null => {
      order += 1;
      const name = row.text('name', "the stage's name");
      const key = row.text('key') ?? (name ? stageKeyFromName(name) : null);
      const kind = row.choice('kind', KINDS) ?? 'open';
      const position = row.count('position') ?? order;
      const expectedDays = row.count('expectedDays');
      if (!name || !key) return null;
      return { key, name, position, kind, expectedDays };
    },
  }));
}
