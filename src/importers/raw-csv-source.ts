// A table offered to the database as a raw source (ADR 013): its chunks of plain lines,
// how each staging column comes from a cell, and the table's own row mapper for the
// records those rules leave over, so that their problems read exactly as on the parser
// path (ragged and blank records included).
import type { RawCellRule, RawCsvSource, RawRowCheck, RawStageWord } from './import-plan.ts';
import { looksLikeFormula } from './check-formula.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';
import { stageKeyFromName } from '../core/process/default-process.ts';
import type { Table } from './csv-table.ts';
import { isPlainCsv, readRawChunks } from './raw-csv-chunks.ts';
import { isBlank, raggedMessage, readDelimiter } from './read-csv.ts';
import type { RowMapper } from './record-stream.ts';

export function rawSourceOf<F extends string, T>(
  table: Table<F>, cells: Record<string, RawCellRule>, start: () => RowMapper<F, T>, rowChecks: RawRowCheck[] = [],
): RawCsvSource<T> {
  return {
    rowChecks,
    file: table.file,
    delimiter: () => readDelimiter(table.path),
    width: table.width,
    chunks: () => readRawChunks(table.path),
    isPlain: () => isPlainCsv(table.path),
    cells,
    leftovers: () => {
      const mapper = start();
      return {
        map: (line, record) => {
          if (isBlank(record)) return null;
          const row = table.rowAt(line, record);
          if (record.length !== table.width) {
            row.error(null, raggedMessage(record.length, table.width), record.join(',').slice(0, 200));
            return null;
          }
          const mapped = mapper.map(row);
          return mapped !== null && !row.failed ? mapped : null;
        },
        finish: () => mapper.finish?.(),
      };
    },
  };
}

/**
 * Stage words the database may resolve itself: the vocabulary's words, their loose forms
 * and keys, each with the meaning the vocabulary's own `resolve` gives it; minus words the
 * parser lane would trim or warn about. Other words are left over to the parser lane.
 */
export function rawStageWords(stages: StageVocabulary): RawStageWord[] {
  const candidates = new Set<string>();
  stages.forEachWord((word, resolved) => {
    for (const form of [word, word.toLowerCase(), resolved.stageKey, stageKeyFromName(word)]) candidates.add(form);
  });
  const words: RawStageWord[] = [];
  for (const word of candidates) {
    const resolved = stages.resolve(word);
    if (resolved && word === word.trim() && word !== '' && !looksLikeFormula(word)) words.push([word, resolved.stageKey, resolved.outcome]);
  }
  return words;
}
