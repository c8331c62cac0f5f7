// What an importer hands to the import use-case: the process stages it needs, and one
// lazily opened stream of located records per entity. Streams are read once, in the
// order of ENTITY_ORDER, so that references can be resolved against what came before.
import type {
  AccountRecord, ActivityRecord, EntityName, FieldHistoryRecord, OpportunityRecord, PersonRecord,
  ProductRecord, QuotaRecord, StageHistoryRecord, StageRecord, StakeholderRecord,
} from '../core/crm/records.ts';
import type { ImportProblem } from '../contract/api.ts';

/** A record with the place it came from: the file name and its line (the header is line 1). */
export type Located<T> = { record: T; file: string; line: number };

export type RecordStream<T> = () => AsyncIterable<Located<T>>;

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
