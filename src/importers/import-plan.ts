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
 * How the database can read a staging column straight from a record's cells (ADR 013).
 * `index` null: the file has no such column (the value is null). A record that any rule
 * cannot vouch for is handed back to the importer (`leftovers`), which reports it.
 * - text: required trimmed text; optionalText: empty is null, or the `orIndex` cell's text;
 * - stage / outcome: a stage word from a fixed list -> its stage key / outcome;
 * - timestamp: required ISO date-time; date: optional ISO date; amount: optional plain amount.
 */
export type RawCellRule =
  | { kind: 'text'; index: number }
  | { kind: 'optionalText'; index: number | null; orIndex?: number }
  | { kind: 'stage' | 'outcome'; index: number; words: readonly RawStageWord[] }
  | { kind: 'timestamp'; index: number }
  | { kind: 'date' | 'amount'; index: number | null };

export type RawStageWord = readonly [word: string, stageKey: string, outcome: string];

/**
 * Conditions over a record's staged values (by staging column) that the rules must leave
 * to the importer, because it reports or repairs them: e.g. a close date before the
 * created date (an error), a won deal without an amount (a warning).
 */
export type RawRowCheck =
  | { kind: 'notBefore'; column: string; earlier: readonly string[] }
  | { kind: 'nullWhen' | 'presentWhen'; column: string; when: { column: string; equals?: string; differs?: string } };

/** A plain CSV file the database splits and types itself; the record stream stays the fallback. */
export type RawCsvSource<T> = {
  file: string;
  delimiter: () => Promise<string>;
  /** Cells per record (the header's). */
  width: number;
  chunks: () => AsyncIterable<RawChunk>;
  /** Whether every chunk will be plain lines (a fast pass that decodes nothing). */
  isPlain: () => Promise<boolean>;
  /** Staging column name -> rule. */
  cells: Record<string, RawCellRule>;
  rowChecks?: readonly RawRowCheck[];
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
  /** The opportunities file as a raw source, when it qualifies. */
  opportunitiesRaw?: RawCsvSource<OpportunityRecord>;
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
