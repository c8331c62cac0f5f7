// Derived tables that keep the org-wide analysis cheap at a million deals (ADR 012):
// per-deal close facts with covering indexes, per rep × stage × month cohort rollups, and
// how far the org's derived data reaches. All are rebuilt for the deals each import
// touches (src/db/analytics/refresh-rep-rollups.ts), never written by anything else.
import { boolean, date, index, integer, numeric, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { orgs } from './org.ts';

// One row per deal: what the window KPIs read from a deal (docs/analytics.md), narrow, so
// that the closed deals of a window and the open deals are read from an index alone.
export const dealCloseFacts = pgTable('deal_close_facts', {
  orgId: integer('org_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  ownerId: integer('owner_id').notNull(),
  outcome: text('outcome').notNull(),
  closedOn: date('closed_on'),
  amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }),
  /** created_at, else engaged_at, else the first stage reached; null when none is known. */
  startOn: date('start_on'),
  /** Whether the deal has a create date (the cycle basis, docs/analytics.md). */
  hasCreated: boolean('has_created').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.opportunityId] }),
  index('deal_close_facts_closed_idx').on(t.orgId, t.closedOn, t.ownerId, t.outcome, t.amount, t.startOn, t.hasCreated)
    .where(sql`outcome <> 'open'`),
  index('deal_close_facts_open_idx').on(t.orgId, t.ownerId, t.amount, t.startOn).where(sql`outcome = 'open'`),
  index('deal_close_facts_won_idx').on(t.orgId, t.closedOn, t.ownerId, t.startOn, t.hasCreated).where(sql`outcome = 'won'`),
]);

const rollupMoney = (name: string) => numeric(name, { precision: 20, scale: 2, mode: 'number' }).notNull();

// Per rep and calendar month of closing: the deals closed that month by outcome, with their
// known amounts summed and the unknown ones counted. Maintained by deltas of
// deal_close_facts rows; a window reads its whole months here and its edge days from
// deal_close_facts.
export const repCloseMonths = pgTable('rep_close_months', {
  orgId: integer('org_id').notNull(),
  month: date('month').notNull(),
  ownerId: integer('owner_id').notNull(),
  won: integer('won').notNull(),
  lost: integer('lost').notNull(),
  noDecision: integer('no_decision').notNull(),
  wonAmount: rollupMoney('won_amount'),
  wonUnknown: integer('won_unknown').notNull(),
  closedAmount: rollupMoney('closed_amount'),
  closedUnknown: integer('closed_unknown').notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.month, t.ownerId] })]);

// Per rep: the deals open now (outcome open), their known amounts and the unknown ones.
// Answers "open as of" any date on or after the org's data_through.
export const repOpenDeals = pgTable('rep_open_deals', {
  orgId: integer('org_id').notNull(),
  ownerId: integer('owner_id').notNull(),
  openCount: integer('open_count').notNull(),
  openAmount: rollupMoney('open_amount'),
  openUnknown: integer('open_unknown').notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.ownerId] })]);

// Per rep, open stage and calendar month of reaching it: the deals that reached the stage
// that month, how many of them have advanced to the next stage, and how many were won
// (whenever that happened). Maintained by deltas of deal_stage_facts rows.
export const repStageMonths = pgTable('rep_stage_months', {
  orgId: integer('org_id').notNull(),
  month: date('month').notNull(),
  ownerId: integer('owner_id').notNull(),
  stageOrd: smallint('stage_ord').notNull(),
  cohort: integer('cohort').notNull(),
  advanced: integer('advanced').notNull(),
  won: integer('won').notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.month, t.ownerId, t.stageOrd] })]);

// The latest date any derived row of the org mentions (an upper bound: raised on every
// refresh, set exactly on a full rebuild). An analysis as of this date or later sees every
// advance and win already, which is when the monthly rollups answer it.
export const analyticsExtents = pgTable('analytics_extents', {
  orgId: integer('org_id').primaryKey().references(() => orgs.id, { onDelete: 'cascade' }),
  dataThrough: date('data_through'),
});
