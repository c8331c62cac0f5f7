// What an importer hands to the import use-case: the process stages it needs, and one
// lazily opened stream of located records per entity. Streams are read once, in the
// order of ENTITY_ORDER, so that references can be resolved against what came before.
import type {
  AccountRecord, ActivityRecord, EntityName, FieldHistoryRecord, OpportunityRecord, PersonRecord,
  ProductRecord, QuotaRecord, StageHistoryRecord, StageRecord, StakeholderRecord,
} from '../core/crm/records.ts';
import type { ImportProblem } from '../contract/api.ts';
import type { RawChunk } from './raw-csv-chunks.ts';

/** A record with the place it came from: the file name and its line (the header is line 1). */
export type Located<T> = { record: T; file: string; line: number };

export type RecordStream<T> = () => AsyncIterable<Located<T>>;

/**
 * How the database can read a staging column straight from a record's cells (ADR 013):
 * required trimmed text, a stage word from a fixed list, an ISO date-time. A record that
 * any rule cannot vouch for is handed back to the importer (`leftovers`).
 */
export type RawCellRule =
  | { kind: 'text'; index: number }
  | { kind: 'stage'; index: number; words: readonly (readonly [word: string, stageKey: string])[] }
  | { kind: 'timestamp'; index: number };

/** A plain CSV file the database splits and types itself; the record stream stays the fallback. */
export type RawCsvSource<T> = {
  file: string;
  delimiter: () => Promise<string>;
  /** Cells per record (the header's). */
  width: number;
  chunks: () => AsyncIterable<RawChunk>;
  /** Staging column name -> rule. */
  cells: Record<string, RawCellRule>;
  /** Maps the records the rules did not vouch for, in line order, reporting problems as the parser path does. */
  leftovers: () => { map: (line: number, cells: string[]) => T | null; finish: () => void };
};

export type ImportPlan = {
  /** Where the data came from, stored on every row (`source` column): 'maven', 'salesforce', ... */
  source: string;
  /**
   * Open stages of the process in order, created when missing (keys are matched); the
   * outcome stages won / lost / no_decision always exist.
   */
  process: StageRecord[];
  people?: RecordStream<PersonRecord>;
  accounts?: RecordStream<AccountRecord>;
  products?: RecordStream<ProductRecord>;
  opportunities?: RecordStream<OpportunityRecord>;
  stageHistory?: RecordStream<StageHistoryRecord>;
  fieldHistory?: RecordStream<FieldHistoryRecord>;
  activities?: RecordStream<ActivityRecord>;
  quotas?: RecordStream<QuotaRecord>;
  stakeholders?: RecordStream<StakeholderRecord>;
  /** The stage-history file as a raw source, when it qualifies (the stream is then the fallback). */
  stageHistoryRaw?: RawCsvSource<StageHistoryRecord>;
  /**
   * When true, an opportunity owner that matches no person is created as a rep (with a
   * warning) instead of being an error: for sources that have no people file.
   */
  createUnknownOwners?: boolean;
};

export const ENTITY_ORDER: readonly Exclude<EntityName, 'stages'>[] = [
  'people', 'accounts', 'products', 'opportunities', 'stageHistory', 'fieldHistory',
  'activities', 'quotas', 'stakeholders',
];

/** Collects problems while files are read; the same list becomes the import report. */
export type ProblemSink = {
  error: (problem: ImportProblem) => void;
  warning: (problem: ImportProblem) => void;
};
