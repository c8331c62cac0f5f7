// What stall detection knows of one deal open as of the as-of date: the SQL layer reads
// it (src/db/stalls/read-open-deals.ts); every date is on or before the as-of date.
import type { IsoDate } from '../crm/records.ts';

export type OpenDeal = {
  id: number;
  externalId: string;
  name: string;
  ownerId: number;
  ownerName: string;
  amount: number | null;
  currency: string | null;
  /** The deal's segment, else its account's. */
  segment: string | null;
  /** The open stage the deal was in on the as-of date (null when unknown). */
  stageId: number | null;
  stageKey: string | null;
  stageName: string | null;
  /** When the deal entered that stage, from its stage history; null = no stage history by the as-of date. */
  stageEnteredOn: IsoDate | null;
  /** created_at, else engaged_at, else the first stage-history date. */
  startedOn: IsoDate | null;
  engagedOn: IsoDate | null;
  /** The last activity logged on the deal (null = none, or the org logs none on deals). */
  lastActivityOn: IsoDate | null;
  /** Changes of the expected close date to a later date, made by the as-of date. */
  closePushes: number;
  /** The expected close date as it stood on the as-of date. */
  expectedCloseOn: IsoDate | null;
  /** Stakeholders engaged by the as-of date. */
  engagedStakeholders: number;
};
