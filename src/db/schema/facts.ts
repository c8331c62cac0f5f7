// Derived facts, rebuilt from the CRM tables for the deals each import touches, so that
// analytics never re-walks the whole stage history (docs/analytics.md).
//
// No foreign key to opportunities (dropped in migration 0009, ADR 012): the rows are
// written only by the import's own refresh, from the deals it has just written in the same
// transaction, and deals are never deleted; the key cost a lookup per written row on every
// day's import and a validating scan of every fact after each full rebuild.
import { date, index, integer, pgTable, primaryKey, smallint } from 'drizzle-orm/pg-core';

// One row per deal and open stage it reached: `stage_ord` is the stage's rank among the
// org's open stages (1 = first). A deal that skipped a stage has reached it on the date it
// reached a later one (SPEC §4.2), so a row exists for every stage up to its furthest.
export const dealStageFacts = pgTable('deal_stage_facts', {
  orgId: integer('org_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  stageOrd: smallint('stage_ord').notNull(),
  stageId: integer('stage_id').notNull(),
  ownerId: integer('owner_id').notNull(),
  /** First date the deal was in this stage or any later open stage, or won. */
  reachedOn: date('reached_on').notNull(),
  /** The next stage's reachedOn (won, after the last open stage); null if it never got there. */
  advancedOn: date('advanced_on'),
  /** The deal's won date (null unless won), for conversion from this stage to won. */
  wonOn: date('won_on'),
  /** The first real entry into this stage (null when skipped) and the next stage change after it. */
  enteredOn: date('entered_on'),
  exitedOn: date('exited_on'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.opportunityId, t.stageOrd] }),
  index('deal_stage_facts_org_reached_idx').on(t.orgId, t.reachedOn, t.ownerId, t.stageOrd, t.advancedOn, t.wonOn),
  index('deal_stage_facts_org_owner_idx').on(t.orgId, t.ownerId, t.reachedOn),
]);
