// The generated demo organisation: the same normalised records an importer produces,
// so the demo goes through the ordinary import path.
import type {
  AccountRecord, ActivityRecord, FieldHistoryRecord, OpportunityRecord, PersonRecord,
  ProductRecord, QuotaRecord, StageHistoryRecord, StageRecord, StakeholderRecord,
} from '../crm/records.ts';

export type DemoOrg = {
  process: StageRecord[];
  people: PersonRecord[];
  accounts: AccountRecord[];
  products: ProductRecord[];
  opportunities: OpportunityRecord[];
  stageHistory: StageHistoryRecord[];
  fieldHistory: FieldHistoryRecord[];
  activities: ActivityRecord[];
  quotas: QuotaRecord[];
  stakeholders: StakeholderRecord[];
  /**
   * Not imported: the open stages (keys) each rep's manager coaches in the demo's history,
   * from the hidden skill profile (rep-skill-profile.ts, stagesToCoach).
   */
  stagesToCoach: Record<string, string[]>;
};

export type DemoOrgOptions = {
  seed: number;
  /** Number of reps; default 60. */
  reps?: number;
  /** The as-of date, 'YYYY-MM-DD': the data covers the 12 months ending on it. */
  asOf: string;
};
