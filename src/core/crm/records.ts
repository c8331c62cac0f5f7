// Normalised CRM records: what every importer (and the demo generator) produces, before
// anything is written. References to other records (`ownerRef`, `accountRef`, ...) are
// external ids, or exact names where the source has no ids; they are resolved in the
// database at write time.
export type Outcome = 'open' | 'won' | 'lost' | 'no_decision';
export type StageKind = 'open' | 'won' | 'lost' | 'no_decision';
/** ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** ISO local date-time, 'YYYY-MM-DD HH:MM:SS'. */
export type IsoDateTime = string;

export type StageRecord = {
  key: string;
  name: string;
  position: number;
  kind: StageKind;
  expectedDays?: number | null;
};

export type PersonRecord = {
  externalId: string;
  name: string;
  role: 'rep' | 'manager' | 'leader';
  /** External id or exact name of the person's manager. */
  managerRef?: string | null;
  email?: string | null;
  title?: string | null;
  team?: string | null;
  region?: string | null;
  hiredAt?: IsoDate | null;
  active?: boolean;
};

export type AccountRecord = {
  externalId: string;
  name: string;
  segment?: string | null;
  industry?: string | null;
  employees?: number | null;
  sizeBand?: string | null;
  region?: string | null;
};

export type ProductRecord = {
  externalId: string;
  name: string;
  series?: string | null;
  listPrice?: number | null;
};

export type OpportunityRecord = {
  externalId: string;
  name: string;
  ownerRef: string;
  accountRef?: string | null;
  productRef?: string | null;
  segment?: string | null;
  /** null = unknown. */
  amount: number | null;
  currency?: string | null;
  /** Key of a stage of the org's process (open stages and the outcome stages). */
  stageKey: string;
  outcome: Outcome;
  createdAt?: IsoDate | null;
  engagedAt?: IsoDate | null;
  expectedCloseAt?: IsoDate | null;
  closedAt?: IsoDate | null;
  lossReason?: string | null;
};

export type StageHistoryRecord = { opportunityRef: string; stageKey: string; enteredAt: IsoDateTime };

export type FieldHistoryRecord = {
  opportunityRef: string;
  field: 'expectedCloseAt' | 'amount' | 'stage';
  oldValue: string | null;
  newValue: string | null;
  changedAt: IsoDateTime;
};

export type ActivityRecord = {
  externalId: string;
  ownerRef: string;
  opportunityRef?: string | null;
  type: string;
  occurredAt: IsoDateTime;
  durationMin?: number | null;
  connected?: boolean | null;
};

export type QuotaRecord = { ownerRef: string; periodStart: IsoDate; periodEnd: IsoDate; amount: number };

export type StakeholderRecord = {
  opportunityRef: string;
  name: string;
  role?: string | null;
  influence?: 'low' | 'medium' | 'high' | null;
  stance?: 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'blocker' | null;
  engagedAt?: IsoDate | null;
};

/** The entities an import can carry, by the name used in import reports. */
export type EntityName =
  | 'stages' | 'people' | 'accounts' | 'products' | 'opportunities' | 'stageHistory'
  | 'fieldHistory' | 'activities' | 'quotas' | 'stakeholders';
